"""The embedded image-to-video engine: camera moves and region effects on a photo (numpy, OpenCV, PyAV)."""
