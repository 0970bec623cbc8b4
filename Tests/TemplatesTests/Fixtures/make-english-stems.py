#!/usr/bin/env python3
"""Writes english-stems.txt beside this file: one `word stem` pair a line, the
stems given by the reference Snowball English (Porter2) stemmer.

    python3 -m pip install snowballstemmer
    python3 Tests/TemplatesTests/Fixtures/make-english-stems.py [TEXT_FOLDER ...]

The words: every a-z word of the Markdown files under the given folders
(default: Content/ and a generated corpus, Benchmarks/gen_corpus.py), and the
classic hard cases below.
"""

import os
import re
import subprocess
import sys
import tempfile

import snowballstemmer

HARD_CASES = """
a aa ab abandon abandoned abandoning abilities ability able abruptly absolutely abundance accepted
acceptance accordingly accumulate agreed agreement agreements allied alliance allies analysis analytical
anarchism andes arsenal arsenic atlas attached bias bled bleed blessing bonded bringing by cactus
caress caresses cats ceiling communal communism community controll controller cosmos crying cried
cries dying early eed effective emergency exceed exceeding feed feeding fluently formality formalize
generalise generally generate generation generous generously gently happy happily herring hoping
hopping howe idly inning innings lying news nationalisation national news only outing outings
organization organize organisation proceed proceeding relational rational sensational skies skis sky
succeed succeeding tying ugly singly triplicate vietnamization hopeful hopefulness goodness
conditional conditionally electrical electricity sensitivity sensibility digitizer operator feudalism
callousness decisiveness hopefully formalism decisively logically really earring canning exceeded
agreeably possibly fitting filing filling sized sizing tanned sky's yelling yes yellow say says saying
enjoy enjoyed toy toys boy boys played player kayak yyy yay ayay eyeing dyed bye bury burying
""".split()


def words_in(folder):
    found = set()
    for base, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".md"):
                with open(os.path.join(base, name), encoding="utf-8") as text:
                    found.update(re.findall(r"[a-z]+", text.read().lower()))
    return found


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.abspath(os.path.join(here, "..", "..", ".."))
    folders = sys.argv[1:]
    words = set(HARD_CASES)
    with tempfile.TemporaryDirectory() as corpus:
        if not folders:
            subprocess.run([sys.executable, os.path.join(root, "Benchmarks", "gen_corpus.py"), "--interviews", "20",
                            "--out", corpus, "--seed", "1"], check=True, stdout=subprocess.DEVNULL)
            folders = [os.path.join(root, "Content"), os.path.join(corpus, "parley", "Content")]
        for folder in folders:
            words |= words_in(folder)
    stemmer = snowballstemmer.stemmer("english")
    with open(os.path.join(here, "english-stems.txt"), "w", encoding="utf-8") as out:
        for word in sorted(w for w in words if re.fullmatch(r"[a-z]+", w)):
            out.write(f"{word} {stemmer.stemWord(word)}\n")


if __name__ == "__main__":
    main()
