"""The literals kg looks for before it searches a text for an event cue (kg.literals, Cue.literals)
never make it miss a cue: every match of a cue's pattern has one of its literals in the text's fold.

Three things make that so, each checked here: the reading of a pattern (every match of it has one of
the strings ``required`` gives: on hand-written patterns, on real lines and on texts made of the
cues' own words in other cases), the folding (every character a cue's letter matches ignoring case
folds as the letter does, asked of the regex module for every letter of every cue), and the use
(``_by_cues`` types every line as searching every cue does).
"""
from __future__ import annotations

import sys

import pytest
import regex
from hypothesis import given, settings, strategies as st

from kg.cues import UNSPACED, event_cues, fold
from kg.extract import kinds
from kg.literals import first_chars, required, trie



@pytest.mark.parametrize("pattern, expected", [
    ("briefing", {"briefing"}),
    ("(?:main )?(?:foreign policy )?outcomes of (?:the year|20\\d\\d)", {"outcomes of "}),
    ("answers? to (?:media|press) questions", {" questions"}),
    ("Jahresrückblick\\w*|Jahresbilanz", {"jahresrückblick", "jahresbilanz"}),
    ("\\w*pressekonferenz\\w*", {"pressekonferenz"}),
    ("[وف]?(?:بال|لل|ال|[بلك])?مؤتمر\\w*", {"مؤتمر"}),
    ("(?<!普)通话", {"通话"}),
    ("visit|visits|visited", {"visit"}),
    ("bilancio dell['’]anno", {"bilancio dell"}),
    ("[Bb]ilancio", {"bilancio"}),
    ("GESPRÄCH|Straße", {"gespräch", "strasse"}),
    ("(?-i:\\p{Lu}{2,}),", {","}),
    ("x{2}yz", {"yz"}),
    ("a\\.b", {"a.b"}),
    ("[^x]yz|[\\w-]yz", {"yz"}),
])
def test_required_strings_of_a_pattern(pattern, expected):
    assert required(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    "\\w+", "(?:abc)?", "a*", "[^x]", "\\d{2,}", "(?i)abc", "a\\nb", "a\\1", "\\N{BULLET}", "x|\\w", "(?#c)x",
    "a{e<=1}", "(?(1)a|b)", "(", "[a-z]+", "", "(?x:a b)", "(?f:ss)", "[]a]", "[^]a]b", "[[:alpha:]]", "\\ ",
])
def test_required_gives_nothing_for_what_it_cannot_tell(pattern):
    assert required(pattern) is None


def test_every_cue_has_literals():
    """Each cue of kg/data/event_cues.tsv is read (a cue with none would be searched in every text:
    correct, but slower; a new cue that is not read is worth knowing of)."""
    assert [cue.text for cue in event_cues() if cue.literals is None] == []


def test_the_fold_folds_whatever_a_cue_letter_matches_as_the_letter():
    """Every code point the regex module matches to a character of a cue, ignoring case, folds
    (kg.cues.fold) as that character does: "İ" to "i", "I" to what "ı" folds to, "ẞ" as "ß"."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    letters = sorted({ch for cue in event_cues() for ch in cue.text})
    assert len(letters) > 200
    wrong = [(letter, match.group(0)) for letter in letters
             for match in regex.finditer(regex.escape(letter), everything, regex.IGNORECASE)
             if fold(match.group(0)) != fold(letter)]
    assert not wrong, wrong[:20]


def _lines() -> list[str]:
    from corpus import real_lines
    from test_event_cues_languages import CASES

    return [line[:300] for line in real_lines()] + [case[1] for case in CASES]  # (titles are short)


def _any_cue() -> regex.Pattern:
    """One pattern of every cue, as written (without their literals): a line it finds nothing in has no cue."""
    bounded = "|".join(f"(?:{cue.text})" for cue in event_cues() if cue.language not in UNSPACED)
    unspaced = "|".join(f"(?:{cue.text})" for cue in event_cues() if cue.language in UNSPACED)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{bounded})(?![\p{{L}}\p{{N}}])|{unspaced}", regex.IGNORECASE)


def _missed(text: str) -> list[str]:
    folded = fold(text)
    return [cue.text for cue in event_cues() if cue.pattern.search(text) and not cue.may_match(folded)]


def test_a_line_has_a_literal_of_every_cue_it_has():
    lines = _lines()
    assert len(lines) > 1500
    variants = [v for line in lines for v in (line, line.upper(), line.title(), line.upper().replace("I", "İ"))]
    having = [v for v in variants if _any_cue().search(v)]  # (the others have no cue to miss)
    assert len(having) > 1500
    missed = [(line[:60], m) for line in having for m in _missed(line)]
    assert not missed, missed[:10]


def test_the_event_type_is_what_searching_every_cue_gives():
    def by_every_cue(text: str, counterpart: bool) -> str | None:
        cues = event_cues()
        for cue in cues:
            if cue.pattern.search(text):
                if cue.type == "Meeting" and not counterpart and any(
                        c.type == "Statement" and c.pattern.search(text) for c in cues):
                    continue
                return cue.type
        return None

    lines = _lines()
    for counterpart in (False, True):
        assert [kinds._by_cues(line, counterpart) for line in lines] == [by_every_cue(line, counterpart) for line in lines]


# the cues' own words, cut and cased in every way, glued to each other and to other words
_PIECES = sorted({piece for cue in event_cues() for literal in (cue.literals or ()) for piece in
                  (literal, literal.upper(), literal.title(), literal[: len(literal) // 2], literal[len(literal) // 2:])}
                 | {" ", "-", "'", "’", "İ", "ı", "I", "ß", "ẞ", "SS", "x", "2024", "\n", "的", "ال", "و"})


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_a_text_made_of_cue_words_has_a_literal_of_every_cue_it_has(text):
    assert not _missed(text)


def test_a_line_has_a_literal_of_every_place_pattern_it_matches():
    """kg.extract.places looks for a case-sensitive pattern's literals before it searches a text."""
    from kg.extract import places

    patterns = [p for p in (*places._SENTENCES, places._FORUM, places._WELCOME) if places._literals(p)]
    assert len(patterns) >= 2
    lines = [v for line in _lines() for v in (line, line.upper(), line.title())]
    lines += ["Moscow hosts", "Kazan will host", "the Primakov Readings Forum", "Valdai Discussion Club Dialogue"]
    assert sum(1 for line in lines for p in patterns if p.search(line)) > 20
    missed = [(line[:60], p.pattern[-40:]) for line in lines for p in patterns
              if p.search(line) and not any(s in line for s in places._literals(p))]
    assert not missed, missed[:10]


@pytest.mark.parametrize("pattern, flags", [("(?i:hosts) X", 0), ("hosts X", regex.IGNORECASE), ("(?mi:hosts)", 0),
                                            ("(?-i:hosts)", 0)])
def test_no_literals_are_looked_for_where_a_pattern_ignores_case(pattern, flags):
    from kg.extract import places

    assert places._literals(regex.compile(pattern, flags)) is None


@pytest.mark.parametrize("pattern, expected", [
    ("(?:Acting )?President", {"A", "P"}), ("x*y", {"x", "y"}), ("(?<![a])(?:Mi|mi)nister", {"M", "m"}),
    ("[Мм]инистр\\w*", {"М", "м"}), ("a?b?", {"a", "b"}), ("(?=x)y", {"y"}), ("Dean(?= of )", {"D"}),
    ("(?:a|b)+c", {"a", "b"}), ("\\bFM", {"F"}), ("(?:x{0,2}|y)z", {"x", "y", "z"}),
])
def test_first_chars_of_a_pattern(pattern, expected):
    assert first_chars(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", ["\\w+", "a|\\p{Lu}", "x?.", "(?i:a)", "(?i)a", "[^a]b", "\\d*a"])
def test_first_chars_gives_nothing_for_what_it_cannot_tell(pattern):
    assert first_chars(pattern) is None


def test_the_anniversary_pattern_is_searched_only_where_its_literals_are_and_found_as_a_search_finds_it():
    """kg.extract.eventday.years_ago looks for 'ago', 'назад', 'il y a ' … in the text's fold before it
    searches: every code point a letter of them matches ignoring case folds as the letter does, and
    on real lines (in every case) and on anniversaries it answers as the search does."""
    from kg.extract import eventday

    literals = eventday._YEARS_AGO_LITERALS
    assert literals and "ago" in literals
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    wrong = [(letter, match.group(0)) for letter in sorted(set("".join(literals)))
             for match in regex.finditer(regex.escape(letter), everything, regex.IGNORECASE)
             if fold(match.group(0)) != fold(letter)]
    assert not wrong, wrong[:20]
    lines = [v for line in _lines() for v in (line, line.upper(), line.title())]
    lines += ["76 years ago, on December 10, 1948", "Il y a 76 ans, le 10 décembre", "33 года назад, 16 декабря 1991",
              "vor 35 Jahren", "hace 65 años", "HÁ 5 ANOS", "TEN YEARS AGO", "ſeven years ago", "İl y a 3 ans"]
    assert sum(bool(eventday._YEARS_AGO.search(line)) for line in lines) >= 7
    assert [eventday.years_ago(line) for line in lines] == [bool(eventday._YEARS_AGO.search(line)) for line in lines]
    assert [eventday.years_ago(line, 3, 40) for line in lines] == [bool(eventday._YEARS_AGO.search(line, 3, 40)) for line in lines]
    assert [eventday.years_ago(line, match=True) for line in lines] == [bool(eventday._YEARS_AGO.match(line)) for line in lines]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("ab.é", min_size=1, max_size=4), min_size=1, max_size=6), st.text("ab.éc", max_size=10))
def test_trie_finds_what_in_finds(strings, text):
    """kg.literals.trie: a search finds a string of the set where ``in`` does; the longest form's match at
    a place is the longest string starting there (cues_in reads the rest there as its prefixes)."""
    assert bool(trie(strings).search(text)) == any(s in text for s in strings)
    longest = trie(strings, longest=True)
    for at in range(len(text) + 1):
        there = [s for s in strings if text.startswith(s, at)]
        match = longest.match(text, at)
        assert (match and match.group()) == (max(there, key=len) if there else None)


def test_the_fold_folds_whatever_a_letter_of_the_other_prefiltered_patterns_matches_as_the_letter():
    """As above, for the letters of the other patterns searched only where their literals are in a text's
    fold: counterpart and topic cues, relative days, chair cues (those not among the event cues' letters)."""
    from kg.datafiles import tsv_rows
    from kg.extract import cast, relative

    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    texts = [row["cue"] for name in ("counterpart_cues.tsv", "topic_cues.tsv") for _, row in tsv_rows(name)]
    texts += [relative._pattern().pattern, cast._CHAIR_BEFORE.pattern]
    letters = sorted({ch for text in texts for ch in text} - {ch for cue in event_cues() for ch in cue.text})
    wrong = [(letter, match.group(0)) for letter in letters
             for match in regex.finditer(regex.escape(letter), everything, regex.IGNORECASE)
             if fold(match.group(0)) != fold(letter)]
    assert not wrong, wrong[:20]


def test_fold_asks_for_every_character_it_folds_more():
    """kg.cues.fold looks for the keys of _FOLD_MORE one by one, written out: they must be those."""
    from kg import cues

    assert set(map(chr, cues._FOLD_MORE)) == {"\u0307", "ı", "\U0001df95"}
    assert cues.fold("İSTANBUL ıi \U0001df95") == "istanbul ii ss"


def test_prefilter_searches_a_fold_for_the_strings_a_pattern_needs():
    """kg.literals.prefilter: required() as one trie search, or None where the strings are not known."""
    from kg.literals import prefilter

    find = prefilter(r"(?:main )?outcomes of (?:the year|20\d\d)")
    assert find("the outcomes of 2024") is not None
    assert find("the results of 2024") is None
    assert prefilter(r"\w+") is None
