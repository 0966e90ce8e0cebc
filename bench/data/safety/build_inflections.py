"""Build the glossary's inflection table: `python bench/data/safety/build_inflections.py`.

The glossary (`engine/safety/lexicon.py`) lists a word in one or two forms ("apunalar",
"apunalada"); people write any form ("apunalaron", "erstochenen", "poignardees"). This maps
every other form of a glossary word, as simplemma's lemma dictionaries know them (Wiktionary
and other open word lists, shipped inside the `simplemma` wheel, bench group), to the glossary
word it inflects, folded as the gate folds text (no accents, lower case). The gate reads
only the output, `engine/safety/data/inflections.tsv.gz` (no simplemma at run time), and
tries it after the glossary's own words, stems and the other languages' words.

It reads no corpus file: which forms exist comes from the dictionaries, which words matter
from the glossary. Rerun after editing the glossary; `tests/engine/safety/test_prompts.py`
checks that every target is still a glossary word.

Left out: forms of three letters or fewer, function words of any language and forms whose
glossary word is one (short forms collide across lemmas: "como" is "I eat" and "like";
"notre" lemmatises to "son"), and forms the glossary already has.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from simplemma.strategies.dictionaries import DefaultDictionaryFactory  # noqa: E402

from engine.safety import lexicon  # noqa: E402
from engine.safety.textnorm import INFLECTIONS_PATH, fold  # noqa: E402

LANGUAGES = ("es", "fr", "de", "pt")
MIN_LENGTH = 4


def table_for(lang: str, dictionary: dict[str, str]) -> dict[str, str]:
    """Folded form -> the glossary word (of `lang`) whose lemma it shares."""
    glossary = lexicon.GLOSSARY[lang]
    words = sorted(k for k in glossary if "_" not in k and not k.endswith("*"))
    lemma_of: dict[str, str] = {}
    for form, lemma in dictionary.items():
        lemma_of.setdefault(fold(form), fold(lemma))
    lemmas = set(lemma_of.values())
    # A glossary word that is a lemma stands for its forms; else the first glossary word
    # (sorted) that is a form of that lemma does.
    word_for_lemma = {w: w for w in words if w in lemmas}
    for word in words:
        lemma = lemma_of.get(word)
        if lemma is not None:
            word_for_lemma.setdefault(lemma, word)
    # Function words of any language stand for nothing here: simplemma's lemma of "notre" is
    # "son" (his), which would read "our brand" as "his brand".
    function_words = frozenset().union(*lexicon.FUNCTION_WORDS.values())
    out: dict[str, str] = {}
    for form, lemma in lemma_of.items():
        word = word_for_lemma.get(lemma)
        if (
            word is not None
            and word not in function_words
            and form != word
            and len(form) >= MIN_LENGTH
            and form not in glossary
            and form not in function_words
            and form.isalpha()
        ):
            out[form] = word
    return out


def main() -> None:
    factory = DefaultDictionaryFactory()
    lines = ["lang\tform\tword"]
    for lang in LANGUAGES:
        table = table_for(lang, dict(factory.get_dictionary(lang)))
        lines += [f"{lang}\t{form}\t{word}" for form, word in sorted(table.items())]
        print(f"{lang}: {len(table)} forms of {len(set(table.values()))} glossary words")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    INFLECTIONS_PATH.write_bytes(gzip.compress(data, mtime=0))
    print(f"wrote {INFLECTIONS_PATH.relative_to(ROOT)} ({INFLECTIONS_PATH.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
