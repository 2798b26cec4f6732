"""The language of a post (kg.language): real-world cases, and the batch form the extractor uses."""
from __future__ import annotations

import regex
from hypothesis import given, settings, strategies as st
from pytest import mark, param

from kg.extract import Extractor
from kg.wordkeys import tokens
from kg.models import Post
from kg.language import detect_language, detect_languages

CASES = [
    param("Sergey Lavrov held talks with the Foreign Minister of India in Moscow on the situation in the region.", "en", id="en"),
    param("Sergueï Lavrov s'est entretenu avec le ministre des Affaires étrangères de l'Inde à Moscou.", "fr", id="fr"),
    param("Сергей Лавров провёл переговоры с министром иностранных дел Индии в Москве.", "ru", id="ru"),
    param("Міністр закордонних справ України провів зустріч із послами країн Європейського Союзу.", "uk", id="uk"),
    param("रूस के विदेश मंत्री सर्गेई लावरोव ने मास्को में भारत के विदेश मंत्री से मुलाकात की।", "hi", id="hi-devanagari"),
    param("俄罗斯外交部长拉夫罗夫在莫斯科会见了印度外交部长。", "zh", id="zh"),
    param("ロシアのラブロフ外相はモスクワでインドの外相と会談した。", "ja", id="ja-kana"),
    param("أجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيره الهندي في موسكو.", "ar", id="ar"),
    param("Der russische Außenminister Sergej Lawrow führte in Moskau Gespräche mit seinem indischen Amtskollegen.", "de", id="de"),
    param("El ministro de Asuntos Exteriores de Rusia mantuvo conversaciones con su homólogo de la India en Moscú.", "es", id="es"),
    param("🇷🇺🇮🇳 #RussiaIndia https://t.me/MFARussia/12345 2024", None, id="no-words"),
    param("OK", None, id="too-few-letters"),
    # links, hashtags and mentions are not words: the French text decides
    param("https://www.example.com/the/english/words/of/a/link #TheEnglishTag @english_handle "
          "Le ministre a rencontré son homologue à Paris pour discuter de la coopération bilatérale.", "fr", id="link-tag-mention"),
]


@mark.parametrize("text, expected", CASES)
def test_language_of_a_post(text, expected):
    assert detect_language(text) == expected


# Short texts as channels write them (titles, one-line posts, quotes, datelines), in the languages
# kg meets. Most words of a short text are names, which read as any language: only its other
# words tell it.
SHORT_CASES = [
    param("Maria Zakharova: We will respond to any provocation.", "en", id="en-quote"),
    param("Maria Zakharova briefing (Moscow, September 18, 2024)", "en", id="en-briefing"),
    param("Sergey Lavrov's interview with the newspaper Hürriyet", "en", id="en-interview"),
    param("The talks were held in a friendly and constructive atmosphere.", "en", id="en-sentence"),
    param("Comment by the Information and Press Department on the elections", "en", id="en-comment"),
    param("The ministers agreed to meet again in the autumn #RussiaIndia", "en", id="en-hashtag-end"),
    param("Sergueï Lavrov a rencontré Wang Yi à Pékin.", "fr", id="fr-met"),
    param("Maria Zakharova : nous répondrons à toute provocation.", "fr", id="fr-quote"),
    param("Entretien de Sergueï Lavrov avec le journal Le Figaro", "fr", id="fr-interview"),
    param("Vladimir Poutine est arrivé à Astana", "fr", id="fr-arrival"),
    param("Сергей Лавров встретился с Ван И в Пекине.", "ru", id="ru-met"),
    param("Мария Захарова: ответим на любую провокацию.", "ru", id="ru-quote"),
    param("Брифинг Марии Захаровой (Москва, 18 сентября 2024 года)", "ru", id="ru-briefing"),
    param("Владимир Путин прибыл в Астану", "ru", id="ru-arrival"),
    param("Serguéi Lavrov se reunió con Wang Yi en Pekín.", "es", id="es-met"),
    param("María Zajárova: responderemos a cualquier provocación.", "es", id="es-quote"),
    param("Entrevista de Serguéi Lavrov al diario El País", "es", id="es-interview"),
    param("Maria Sacharowa: Wir werden auf jede Provokation reagieren.", "de", id="de-quote"),
    param("Interview von Sergej Lawrow mit der Zeitung Die Welt", "de", id="de-interview"),
    param("Wladimir Putin ist in Astana angekommen", "de", id="de-arrival"),
    param("सर्गेई लावरोव ने बीजिंग में वांग यी से मुलाकात की।", "hi", id="hi-met"),
    param("Serguei Lavrov reuniu-se com Wang Yi em Pequim.", "pt", id="pt-met"),
    param("Sergej Lavrov ha incontrato Wang Yi a Pechino.", "it", id="it-met"),
    param("Марія Захарова: ми відповімо на будь-яку провокацію.", "uk", id="uk-quote"),
    param("Maria Zaharova: Her türlü provokasyona cevap vereceğiz.", "tr", id="tr-quote"),
    param("Maria Zakharova: Kami akan menanggapi setiap provokasi.", "id", id="id-quote"),
    param("التقى سيرغي لافروف وانغ يي في بكين.", "ar", id="ar-met"),
    # names and a word or two ("met in") do not tell a language: no language rather than a wrong one
    param("Sergey Lavrov met Wang Yi in Beijing.", None, id="names-met-in"),
    param("Sergey Lavrov met Subrahmanyam Jaishankar in Moscow.", None, id="names-read-as-malay"),
    param("📍 Moscow, September 18, 2024", None, id="dateline"),
    param("📍 Buôn Ma Thuột, September 18, 2022", None, id="dateline-vietnamese-city"),
    param("Vladimir Putin, Xi Jinping, Narendra Modi", None, id="only-names"),
]


@mark.parametrize("text, expected", SHORT_CASES)
def test_language_of_a_short_text(text, expected):
    """Regression: short texts were read with the fast detector's trigrams alone, names and all:
    "Sergey Lavrov met Wang Yi in Beijing." was Vietnamese, "Maria Zakharova: We will respond to any
    provocation." French, "Maria Zakharova briefing (Moscow, September 18, 2024)" Indonesian, and
    the language went into the graph as the literals' tag."""
    assert detect_language(text) == expected


def test_one_sentence_repeated_is_no_more_evidence_than_once():
    """Regression: 3,000 repetitions of "Sergey Lavrov met Wang Yi in Beijing." were Vietnamese:
    the sample (the first 250 characters) held nothing but that sentence, and being that long it
    was read with trigrams only. The sample's distinct words are what is short or long."""
    once = "Sergey Lavrov met Wang Yi in Beijing. "
    assert detect_language(once * 3000) == detect_language(once) is None
    english = "The sides discussed bilateral cooperation and regional security. "
    assert detect_language(english * 3000) == detect_language(english) == "en"


def test_a_bilingual_post_is_in_the_language_most_of_it_is_in():
    english = "Foreign Minister Sergey Lavrov's remarks at a news conference. "  # a short English title
    russian = "Министр иностранных дел России Сергей Лавров ответил на вопросы журналистов о ситуации в регионе. " * 12
    assert detect_language(english + russian) == "ru"


def test_languages_of_many_texts_in_order_whatever_their_scripts():
    cases = CASES + SHORT_CASES  # long and short samples, read by different detectors
    texts = [str(case.values[0]) for case in cases]
    assert detect_languages(texts) == [case.values[1] for case in cases]
    assert detect_languages(list(reversed(texts))) == [case.values[1] for case in reversed(cases)]
    assert detect_languages([]) == []


def test_extract_all_tells_the_languages_readers_left_and_keeps_gaps():
    def post(text: str, language: str | None) -> Post:
        return Post(source="test", title=text.split(".")[0], text=text, message_id=1, language=language)

    texts = [str(case.values[0]) for case in CASES[:3]]
    made = Extractor().extract_all([post(texts[0], None), None, post(texts[1], "en"), post(texts[2], None)])
    assert made[1] is None
    assert [m.post.language for m in (made[0], made[2], made[3])] == ["en", "en", "ru"]  # a language given is kept


# Plainly English or Russian: told without the detector (kg.language._plain_language); and texts
# close to them that must still go to it
PLAIN_CASES = [
    param("The Foreign Minister held talks with his counterpart on the situation in the region and the "
          "prospects for cooperation in trade, energy and security, which the sides will discuss again.", "en", id="en"),
    param("Министр иностранных дел провёл переговоры с коллегой. Стороны обсудили ситуацию в регионе и "
          "перспективы сотрудничества в области торговли и энергетики, а также вопросы безопасности.", "ru", id="ru"),
    # Ukrainian has no ы or э; Belarusian has them and і, ў; Bulgarian neither ы nor э
    param("Міністр закордонних справ провів переговори з колегою. Сторони обговорили ситуацію в регіоні та "
          "перспективи співпраці у сфері торгівлі та енергетики, а також питання безпеки.", None, id="uk"),
    param("Міністр замежных спраў правёў перамовы з калегам. Бакі абмеркавалі сітуацыю ў рэгіёне і "
          "перспектывы супрацоўніцтва ў галіне гандлю і энергетыкі, а таксама пытанні бяспекі.", None, id="be"),
    param("Министърът на външните работи проведе разговори с колегата си. Страните обсъдиха ситуацията в "
          "региона и перспективите за сътрудничество в търговията и енергетиката.", None, id="bg"),
    param("De minister van Buitenlandse Zaken heeft in Den Haag gesproken met zijn ambtgenoot over de situatie "
          "in de regio en de samenwerking op het gebied van handel en energie.", None, id="nl-without-the"),
    # Indonesian naming an English title: four of English's commonest words, but not a fifth of its words
    param("Menteri Luar Negeri Republik Indonesia menghadiri peluncuran laporan The Future of Cooperation in Asia "
          "and the Pacific di Jakarta hari ini dan membahas kerja sama ekonomi kawasan bersama para duta besar "
          "negara sahabat serta perwakilan organisasi internasional", None, id="id-naming-an-english-title"),
    # names, "of" and "the": no fifth of English's commonest words
    param("Sergey Lavrov Wang Yi Subrahmanyam Jaishankar Mauro Vieira Hakan Fidan Ronald Lamola the Republic "
          "Antonio Guterres Kaja Kallas Penny Wong Radoslaw Sikorski Bakhtiyor Saidov Marco Rubio", None, id="names"),
]


@mark.parametrize("text, expected", PLAIN_CASES)
def test_a_plainly_english_or_russian_text_is_told_without_the_detector(text, expected):
    from kg.language import _by_script, _plain_language

    _, script, sample = _by_script(text)
    assert _plain_language(script, sample) == expected


def test_an_english_sentence_of_names_and_offices_is_english():
    """Regression: the detector read these, from a generated export and its plain-text copy, as
    Italian, French and Dutch, and their titles and texts went into the graph tagged @it, @fr, @nl;
    English's commonest words tell them now."""
    for text in ("📰 Russia's Head of the Chechen Republic Ramzan Kadyrov’s statement and answers to media questions "
                 "following the BRICS Foreign Ministers Meeting (Küçükçekmece, May 31, 2023)",
                 "🎥 Russia's Chairman of the Federation Council Committee on International Affairs Grigory Karasin’s "
                 "statement and answers to media questions following the Caspian Summit",
                 "On April Ambassador of Russia to Mauritius Irada Zeynalova met with President of the Republic of "
                 "Indonesia Joko Widodo at the residence and the sides discussed the prospects for cooperation",
                 "Russia's Permanent Representative of Russia to the International Organisations in Vienna Mikhail "
                 "Ulyanov's video address to the participants of the conference on the future of arms control"):
        assert detect_language(text) == "en"


@mark.parametrize("folder", ["seeds", "tests/data/heldout", "tests/data/heldout2", "tests/data/heldout3",
                             "tests/data/heldout4", "tests/data/heldout5", "tests/data/heldout6",
                             "tests/data/heldout7"])
def test_what_is_told_without_the_detector_is_what_the_detector_says(folder):
    """Where the plain-English and plain-Russian rules tell a post's language, the detector says the
    same, on every post of seeds/ and the held-out sets: the rules are a short cut, not another opinion."""
    from pathlib import Path

    from kg.readers import read_posts
    from kg.language import _by_script, _detector, _plain_language

    told = 0
    for post in read_posts([str(Path(__file__).resolve().parents[1] / folder)], lambda problem: None):
        _, script, sample = _by_script(post.text)
        plain = _plain_language(script, sample) if sample else None
        if plain:
            said = _detector(script).detect_language_of(sample)
            assert (post.message_id, plain) == (post.message_id, said.iso_code_639_1.name.lower())
            told += 1
    assert told > 0


_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Лд-'’ 1\n.é\u0301👍"), max_size=60))
def test_gazetteer_tokens_are_the_words_at_their_offsets(text):
    words, bounds = tokens(text)
    assert [(w, bounds[2 * j], bounds[2 * j + 1]) for j, w in enumerate(words)] == [
        (m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


def _normalise_space_by_regex(line: str) -> str:
    """normalise_space as it was, all through one regular expression (the reference)."""
    import unicodedata

    return regex.sub(r"[\s\u00a0\u2800]+", " ", unicodedata.normalize("NFC", line)).strip()


_SPACES = [chr(c) for c in range(0x3001) if regex.match(r"\s", chr(c))] + ["\u2800", "\x1c", "\x1d", "\x1e", "\x1f"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SPACES + list("aZé\u0301\u200b\ufeff.") + ["\U0001F1F7"]), max_size=30))
def test_normalise_space_folds_the_same_spaces_as_the_regular_expression(line):
    """normalise_space takes str.split()'s fast path where the spaces it splits on are the ones
    its regular expression folds (every White_Space character and the braille blank); with a
    braille blank or an information separator (x1C-x1F: spaces to Python only) it takes the slow one."""
    from kg.textutil import normalise_space

    assert normalise_space(line) == _normalise_space_by_regex(line)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("htpsHTPS:/.wWmMeE ſ\u0130\u1e6bx\u212a") + ["www.", "t.me/", "HTTP://", "https://"]),
                max_size=20).map("".join))
def test_links_are_those_the_link_expression_finds(text):
    """links() skips texts in which no link can start; where it does not, it finds what the
    expression alone finds (the long s and Kelvin sign fold to ASCII letters, but not to these)."""
    from kg.textutil import _LINK, _LINK_TRAIL, links

    expected: dict[str, None] = {}
    for match in _LINK.finditer(text):
        url = match.group(0).rstrip(_LINK_TRAIL)
        expected.setdefault("https://" + url if url.lower().startswith(("www.", "t.me/")) else url, None)
    assert links(text) == list(expected)


def test_no_character_case_folds_to_nothing():
    """kg.textutil.artefact_kind folds only lines as short as its media lines: a longer line folds
    longer still, as every character folds to one or more."""
    import sys

    assert all(chr(c).casefold() for c in range(sys.maxunicode + 1))


_PIECES = ["the ", "meeting ", "of ", "Lavrov ", "встреча ", "и ", "https://t.me/x/1 ", "#Russia ", "@mfa_russia ", "2024 ",
           "🇷🇺 ", "— ", ". ", "\n", "Ñandú ", "政府 ", "नमस्ते ", "ελληνικά ", "x" * 30, "  ", "«quoted» "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=150, max_size=600), st.booleans())
def test_the_script_read_from_a_texts_start_is_that_of_the_whole(pieces, cyrillic):
    """kg.language._by_script reads the words of a text's start first (in a text with no Cyrillic letter):
    it tells what reading them all does."""
    from kg import language

    text = "".join(piece for piece in pieces if cyrillic or not regex.search(r"\p{Cyrillic}", piece))
    assert language._by_script(text) == language._by_script_of(language._NOT_WORDS.sub(" ", text[:language._SCRIPT_SAMPLE]))
