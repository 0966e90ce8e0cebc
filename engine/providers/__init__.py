"""Video providers for layer 3 (generate): the error taxonomy and protocol (`base`), one
adapter per vendor (`runway`, `luma`, `kling`, `replicate`, `fal`), the embedded engine
(`local`), the safe result downloader (`download`), callback verification (`callbacks`),
circuit breakers (`breaker`), concurrency limits (`limiter`) and the chain built from
configuration (`registry`). The router that uses them is `engine.generate.router`.
"""
