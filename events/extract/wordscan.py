"""One pass over a sentence's lower case, and one over it as written, for the words of
several lists.

Steps of extraction ask which of their words a sentence holds, and where: the gazetteer's
names, acronyms and office titles, the titles (see `gazetteer`), the date features, month
names and weekdays (see `dates`), the cue anchors (see `kinds`), the words of speaking and
of deeds, the first words of a speech cue and the heads of military units (see `facts`),
the words of a mission (see `missions`). Each list had an automaton or a pattern and a
pass over the sentence of its own, and a pass costs about as much whatever the words:
each list is now registered here, and one automaton of all their words passes over the
sentence once, keeping what it finds apart by list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

import ahocorasick

Words = Mapping[str, object] | Iterable[str]
# The lists looked for in the lower case (False) and in the text as written (True).
WORD_LISTS: dict[bool, list[Words | Callable[[], Words]]] = {False: [], True: []}


def word_list(words: Words | Callable[[], Words], written: bool = False) -> int:
    """Registers words to look for, at import, before any text is scanned: in lower case,
    or `written` as they are to be found in the text. A mapping gives each word what is
    found with it (else the word itself); a function gives them when the automaton is
    built (the gazetteer's, read from its file on first use). The list's number in what
    `found_words` (or `found_written`) gives."""
    if _automaton.cache_info().currsize:
        raise RuntimeError("a word list registered after the automata were built")
    WORD_LISTS[written].append(words)
    return len(WORD_LISTS[written]) - 1


@lru_cache(maxsize=2)
def _automaton(written: bool) -> ahocorasick.Automaton:
    """Every registered word, with the lists it is in and what it gives in each (built once,
    on first use; a word given twice in a list gives what it was given last)."""
    found_with: dict[str, dict[int, object]] = {}
    for number, words in enumerate(WORD_LISTS[written]):
        words = words() if callable(words) else words
        pairs = words.items() if isinstance(words, Mapping) else ((word, word) for word in words)
        for word, value in pairs:
            found_with.setdefault(word, {})[number] = value
    automaton = ahocorasick.Automaton()
    for word in sorted(found_with, key=_by_letter_frequency):
        automaton.add_word(word, tuple(found_with[word].items()))
    automaton.make_automaton()
    return automaton


# Letters and marks by how often they come in the news's Indonesian and English, most first.
FREQUENT_FIRST = " aenitrsoludkgmhpbycwfjvzxq.,-'0123456789"
FREQUENCY_RANK = {letter: rank for rank, letter in enumerate(FREQUENT_FIRST)}


def _by_letter_frequency(word: str) -> tuple[int, ...]:
    """The order words are added in: a node of the automaton looks for the next letter among
    its children one by one, in the order they were added, and at every letter of every
    sentence (the root's, all the word's first letters, most of all). Added by how often
    their letters come, the common letters are found first. Which words are found, where
    and in what order does not change: the automaton is the same, its children reordered."""
    return tuple(FREQUENCY_RANK.get(letter, len(FREQUENCY_RANK) + ord(letter)) for letter in word)


def _found(haystack: str, written: bool) -> tuple[tuple[tuple[int, object], ...], ...]:
    """For each list, (where it ends, what it gives) for each of its words in the haystack,
    in the order an automaton of that list alone gives them (by where they end, the longer
    first where two end at the same place)."""
    found: list[list[tuple[int, object]]] = [[] for _ in WORD_LISTS[written]]
    for end, values in _automaton(written).iter(haystack):
        for number, value in values:
            found[number].append((end, value))
    return tuple(map(tuple, found))


# A sentence is asked about by several steps, and again for its facts: the last few are kept.
@lru_cache(maxsize=64)
def found_words(text: str) -> tuple[tuple[tuple[int, object], ...], ...]:
    """What each lower-case list finds in the text's lower case (see `_found`)."""
    return _found(text.lower(), False)


@lru_cache(maxsize=64)
def found_written(text: str) -> tuple[tuple[tuple[int, object], ...], ...]:
    """What each list of words as written finds in the text (see `_found`)."""
    return _found(text, True)
