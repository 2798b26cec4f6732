"""The extractor's shortcuts find exactly what the plain scans they replace find.

Dates are searched from a little before each digit instead of at every character, and offices
only where a letter some office can begin with starts a word: both must give the same matches as
the grammar's own ``finditer`` and an overlapped scan of every office, on real posts and on text
made of the pieces that trip such shortcuts (month names far from or right before digits, runs of
white space, other scripts' digits, offices glued to words).
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from kg.extract import dates, offices
from kg.readers import read_posts

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PIECES = [
    "May", "mai", "Sept.", "September", "сентября", "ноября", "सितंबर", "janvier", "Ocak", "Jan", "le", "de", "to",
    "Mai", "Dez.", "mayo", "maio", "of", "del", "y", "e", "und", "bis", "º",
    "President", "président", "Президента", "Foreign Minister", "Minister of Foreign Affairs", "FM", "Ambassador",
    "ministre des affaires étrangères", "Посол", "Deputy", "Head", "Speaker", "aPresident", "Presidents",
    "1", "2", "12", "2024", "31", "०५", "٣", "1st", "-", "–", ".", ",", ":", "(", ")", "г.", "года",
    "Vice-", "e\u0301", "\u0301", "मंत्री", "_", "ｐ", "\U0001e030",
    " ", "  ", "\n", "\u00a0", "\u2009", "\t", "\n\n ", "Moscow", "on", "between", "🇷🇺", "x",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _seed_texts() -> list[str]:
    posts = read_posts(sorted(str(p) for p in SEEDS.iterdir()), lambda problem: None, languages=False)
    return [post.text for post in posts]


def _plain_dates(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in dates._grammar().finditer(text)]


def _offices(text: str) -> list[int]:
    return [start for start, _ in offices.offices_at(text)]


def _plain_offices(text: str) -> list[int]:
    return [m.start() for m in offices.any_role().finditer(text, overlapped=True)]


@pytest.fixture(scope="module")
def seed_texts():
    return _seed_texts()


def test_the_date_scan_finds_what_the_grammar_finds_in_every_seed_post(seed_texts):
    lines = [line for text in seed_texts for line in [text, *text.split("\n")]]
    assert sum(len(_plain_dates(line)) for line in lines) > 100  # the seeds are full of dates
    assert [[m.span() for m in dates._scan(line)] for line in lines] == [_plain_dates(line) for line in lines]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_date_scan_finds_what_the_grammar_finds(text):
    assert [m.span() for m in dates._scan(text)] == _plain_dates(text)


@pytest.mark.parametrize("text", [
    "Talks on September\n\n\u00a0 12 in Moscow", "Sept.   5–7, 2024", "le 9 septembre 2024", "मार्च ५, 2024: ५ मार्च 2024",
    "15 января 2025 года", "2024-09-02 and 02.09.2024", "x" * 300 + " May 1", "May" + " " * 200 + "3",
    "x" * 300 + " 5 de mayo de 2024", "Berlin, 5.–6. Mai 2024", "on the 30th of August",
])
def test_the_date_scan_finds_dates_a_long_way_after_a_month_name(text):
    assert _plain_dates(text)
    assert [m.span() for m in dates._scan(text)] == _plain_dates(text)


def test_the_office_scan_finds_every_office_an_overlapped_scan_finds_in_every_seed_post(seed_texts):
    assert sum(len(_plain_offices(text)) for text in seed_texts) > 100
    assert [_offices(text) for text in seed_texts] == [_plain_offices(text) for text in seed_texts]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_office_scan_finds_every_office_an_overlapped_scan_finds(text):
    assert _offices(text) == _plain_offices(text)
    assert offices.start_positions(text) == [m.start() for m in offices.role_starts().finditer(text)]
    for start, rows in offices.offices_at(text):  # the roles kept for a place are all that match there
        assert rows >= {row for row, (_, pattern) in enumerate(offices.roles()) if pattern.match(text, start)}


def test_every_office_pattern_starts_with_a_letter():
    """The office scan looks only at letters: an office that could start with a digit, a bracket
    or an emoji would be missed (kg/data/roles.tsv)."""
    any_role = offices.any_role()
    others = [c for c in map(chr, range(sys.maxunicode + 1)) if not c.isalpha() and any_role.match(c, partial=True)]
    assert others == []


def test_the_office_scan_by_words_finds_what_the_scan_of_every_character_finds(seed_texts):
    """offices_at reads where offices may start off the text's words (kg.wordkeys.scanned): every
    place role_starts matches, on the seeds and on text made of hyphens, marks and other scripts."""
    texts = seed_texts + ["Vice-President X", "e\u0301President", "मंत्रीPresident", "x_President", "ex-Vice-Premier"]
    assert [offices.start_positions(t) for t in texts] == [[m.start() for m in offices.role_starts().finditer(t)] for t in texts]


def test_what_python_calls_alphanumeric_the_regex_module_calls_a_letter_or_number_not_a_mark():
    """The word-by-word office scan trusts str.isalnum(): a word it holds alphanumeric has no place
    inside it where an office could start (no mark, no character that is neither letter nor number)."""
    import regex

    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    letter_or_number = set(regex.findall(r"[\p{L}\p{N}]", everything))
    assert [c for c in everything if c.isalnum() and c not in letter_or_number] == []


def _unguarded_dates(text: str) -> list[tuple[int, int]]:
    """The grammar's matches without its look-ahead for a digit or a month name's first letter (and
    the white space and digit after the name)."""
    pattern = dates._grammar().pattern
    return [m.span() for m in _without_lookahead(pattern).finditer(text)]


@functools.lru_cache(maxsize=1)
def _without_lookahead(pattern: str):
    import regex

    behind = r"(?<![\p{L}\p{N}])"
    assert pattern.startswith(behind), "the date grammar starts with its look-behind"
    guard = regex.match(r"\(\?=\\d\|\[(?:[^\]\\]|\\.)*\](?:\\S\{0,\d+\}\\s\+\\d)?\)", pattern, pos=len(behind))
    assert guard, "then its look-ahead"
    return regex.compile(behind + pattern[guard.end():], regex.IGNORECASE)


def test_the_date_grammars_look_ahead_changes_no_match(seed_texts):
    lines = [line for text in seed_texts for line in [text, *text.split("\n")]]
    lines += ["Sept. 5, 2024", "५ मार्च 2024", "Şubat 5, 2024", "ŞUBAT 5", "5 ИЮНЯ 2024", "ｓｅｐｔ 5", "\u0130stanbul 5 Mayıs 2024"]
    assert [_plain_dates(line) for line in lines] == [_unguarded_dates(line) for line in lines]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_the_date_grammars_look_ahead_changes_no_match_in_made_up_text(text):
    assert _plain_dates(text) == _unguarded_dates(text)


def test_the_letters_an_office_can_start_with_are_those_asking_every_character_gives():
    """offices._start_letters asks only the characters kg.literals.first_chars says the offices can
    start with: it must find every letter asking all of Unicode finds."""
    any_role = offices.any_role()
    every = {c for c in map(chr, range(sys.maxunicode + 1)) if c.isalpha() and any_role.match(c, partial=True)}
    assert len(every) > 20 and offices._start_letters() == every


def test_the_standard_library_split_of_words_splits_as_the_regex_module_does():
    """kg.wordkeys.tokens splits a text with re where no character beyond the Basic Multilingual Plane
    and the emoji is in it: every such character is a word's or not, as for the regex module."""
    from kg import wordkeys

    near = [chr(c) for c in range(0x20000) if not 0xD800 <= c <= 0xDFFF and not wordkeys._FAR.match(chr(c))]
    text = " ".join(near) + "-".join(near) + "\n".join(f"x{c}-{c}y" for c in near[::7])
    assert wordkeys._near_split().split(text) == wordkeys._TOKEN_SPLIT.split(text)
    assert wordkeys._FAR.search("\U0001e030") and not wordkeys._FAR.search("🇷🇺👍🏽\u20e3🄁")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["\U0001d400", "🄁", "‿", "ﬁ", "٣-٤"]), max_size=40).map("".join))
def test_the_words_of_a_text_are_those_the_regex_module_splits(text):
    from kg import wordkeys

    parts = wordkeys._TOKEN_SPLIT.split(text)
    assert wordkeys.tokens(text) == (parts[1::2], [sum(map(len, parts[: i + 1])) for i in range(len(parts))])


def test_the_roles_a_prefix_can_begin_are_those_whose_pattern_matches_it_partly(seed_texts):
    """offices.roles_starting asks only the rows that can begin with a prefix's first character:
    on every four characters of the seeds where an office may start (and cut shorter), it gives
    the rows whose pattern matches the prefix partly, as asking every row does."""
    prefixes = {text[at : at + n] for text in seed_texts for at in offices.start_positions(text) for n in (1, 2, 4)}
    prefixes |= {"Vice", "Dep", "Пос", "ｐ", "a", "Mi", "FM,", "Am b"}
    assert len(prefixes) > 500
    for prefix in sorted(prefixes):
        every = {i for i, (_, pattern) in enumerate(offices.roles()) if pattern.match(prefix, partial=True)}
        assert offices.roles_starting(prefix) == every, prefix
