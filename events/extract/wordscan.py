"""One pass over a sentence's lower case for the words of several lists.

Steps of extraction ask which of their words a sentence holds, and where: the date
features (see `dates`), the cue anchors (see `kinds`), the words of speaking and of deeds,
the first words of a speech cue (see `facts`), the titles (see `gazetteer`). Each list had
an automaton and a pass over the sentence of its own, and a pass costs about as much
whatever the words: each list is now registered here, and one automaton of all their
words passes over the sentence once, keeping what it finds apart by list.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import ahocorasick

WORD_LISTS: list[tuple[str, ...]] = []


def word_list(words: Iterable[str]) -> int:
    """Registers lower-case words to look for (at import, before any text is scanned);
    their list's number in what `found_words` gives."""
    if _automaton.cache_info().currsize:
        raise RuntimeError("a word list registered after the automaton was built")
    WORD_LISTS.append(tuple(dict.fromkeys(words)))
    return len(WORD_LISTS) - 1


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Every registered word, with the lists it is in (built once, on first use)."""
    lists: dict[str, list[int]] = {}
    for number, words in enumerate(WORD_LISTS):
        for word in words:
            lists.setdefault(word, []).append(number)
    automaton = ahocorasick.Automaton()
    for word, numbers in lists.items():
        automaton.add_word(word, (word, tuple(numbers)))
    automaton.make_automaton()
    return automaton


# A sentence is asked about by several steps, and again for its facts: the last few are kept.
@lru_cache(maxsize=64)
def found_words(text: str) -> tuple[tuple[tuple[int, str], ...], ...]:
    """For each registered list, (where it ends, word) for each of its words in the text's
    lower case, in the order an automaton of that list alone gives them (by where they
    end, the longer first where two end at the same place)."""
    found: tuple[list[tuple[int, str]], ...] = tuple([] for _ in WORD_LISTS)
    for end, (word, numbers) in _automaton().iter(text.lower()):
        for number in numbers:
            found[number].append((end, word))
    return tuple(map(tuple, found))
