"""The plain-text reader on copies written here in the patterns real copies show.

None of these posts is in seeds/: names, places and wordings are new, so the tests check the
general grammar of copies, not the samples. tests/test_seeds_gold.py checks the seeds.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.readers.text import read_text_copy

NBSP = "\u00a0"


def read(text: str | bytes, channel=None):
    data = text.encode("utf-8") if isinstance(text, str) else text
    problems = []
    posts = list(read_text_copy("copy.txt", io.BytesIO(data), problems.append, channel=channel))
    assert problems == []
    return posts


REPEATED = """Forwarded from Foreign Ministry of Peru
Forwarded from Foreign Ministry of Peru
🎙 Minister Elmer Schialer's remarks at the Pacific Alliance ministerial meeting (Lima, March 3, 2025)
📍 Lima, March 3, 2025
💬 We are honoured to host our partners in Lima.
Trade in the region keeps growing.
#PacificAlliance
Read in full
📍 Lima, March 3, 2025
💬 We are honoured to host our partners in Lima.
Trade in the region keeps growing.
#PacificAlliance
Read in full
Forwarded from Foreign Ministry of Peru
🇵🇪🇨🇱 On March 4, Elmer Schialer held talks with Foreign Minister of Chile Alberto van Klaveren.
The ministers discussed the border crossings.
#PeruChile
The ministers discussed the border crossings.
#PeruChile
"""


def test_forwarded_twice_opens_one_post_and_repeated_body_is_merged():
    first, second = read(REPEATED)
    assert first.forwarded_from == "Foreign Ministry of Peru"
    assert (first.start_line, first.end_line) == (1, 13)
    assert first.title.startswith("🎙 Minister Elmer Schialer's remarks")
    assert first.text.count("We are honoured") == 1
    assert "Read in full" not in first.text
    assert first.hashtags == ("PacificAlliance",)
    assert (second.start_line, second.end_line) == (14, 19)
    assert second.text.count("border crossings") == 1
    assert second.hashtags == ("PeruChile",)
    assert [p.index for p in (first, second)] == [0, 1]


def test_no_break_space_in_forwarded_line():
    (post,) = read(f"Forwarded{NBSP}from{NBSP}Kenya MFA\nA statement on the Nairobi talks\nBody text here.\n")
    assert post.forwarded_from == "Kenya MFA"
    assert post.title == "A statement on the Nairobi talks"


def test_repeat_that_stops_part_way_keeps_the_fullest_text():
    text = """Forwarded from Ministry of Foreign Affairs of Ghana
🎙 Minister Samuel Okudzeto Ablakwa's address to the diaspora forum in Accra, May 5, 2025
First paragraph of the address.
Second paragraph of the address.
Third paragraph of the address.
First paragraph of the address.
Second paragraph of the address.
Forwarded from Ministry of Foreign Affairs of Ghana
Another post about Kumasi trade fair
"""
    first, second = read(text)
    assert first.text.splitlines()[1:] == [
        "First paragraph of the address.",
        "Second paragraph of the address.",
        "Third paragraph of the address.",
    ]
    assert (first.start_line, first.end_line) == (1, 7)
    assert second.start_line == 8


def test_truncated_preview_line_is_replaced_by_the_full_line():
    long_line = "The delegations agreed to expand cooperation in agriculture, energy and education " * 2
    text = (
        "Forwarded from MFA of Uzbekistan\n"
        "🇺🇿🇹🇷 On June 2, Bakhtiyor Saidov met with the Ambassador of Türkiye.\n"
        f"{long_line[:60]}…\n"
        "Other line.\n"
        f"{long_line.strip()}\n"
        "Other line.\n"
    )
    (post,) = read(text)
    assert long_line.strip() in post.text
    assert "…" not in post.text


def test_a_long_post_split_into_messages_stays_one_post():
    text = """🎙 Statement by Minister Hakan Fidan at the Antalya Diplomacy Forum, April 11, 2025
Dear colleagues, the world has changed a great deal since
last year, and
Dear colleagues, the world has changed a great deal since
last year, and
our region has to answer for its own security. We cannot wait.
More of the speech follows here.
More of the speech follows here.
"""
    (post,) = read(text)
    assert (post.start_line, post.end_line) == (1, 8)
    assert "our region has to answer" in post.text


def test_a_new_title_after_a_post_ended_opens_a_post_without_forwarded_line():
    text = """🎙 Minister Retno Marsudi's interview with Kompas daily (Jakarta, January 8, 2024)
Question one was about the region.
Answer one was long.
Question one was about the region.
Answer one was long.
👍12
📰 Foreign Minister Penny Wong's statement on the Pacific Islands Forum, Suva, February 2, 2024
The forum met in Suva.
We welcome its decisions.
The forum met in Suva.
We welcome its decisions.
"""
    first, second = read(text)
    assert (first.start_line, first.end_line) == (1, 6)
    assert "👍" not in first.text
    assert second.start_line == 7
    assert second.title.startswith("📰 Foreign Minister Penny Wong's statement")
    assert second.forwarded_from is None


def test_artefact_lines_are_dropped_but_media_and_links_kept():
    text = """Forwarded from Sputnik Afrique
Media is too big
VIEW IN TELEGRAM
Le ministre Abdoulaye Diop est arrivé à Bamako.
Suivez-nous sur notre canal.
Suivez-nous sur notre canal.
Forwarded from Another Channel
This media is not supported in your browser
Statement on the summit in Dakar
Read in full https://example.org/statement/42?lang=en
Statement text.
Read in full https://example.org/statement/42?lang=en
Statement text.
"""
    first, second = read(text)
    assert first.has_media is True
    assert first.title == "Le ministre Abdoulaye Diop est arrivé à Bamako."
    assert "Media is too big" not in first.text and "VIEW IN TELEGRAM" not in first.text
    assert first.language == "fr"
    assert second.has_media is True
    assert second.links == ("https://example.org/statement/42?lang=en",)
    assert "Read in full" not in second.text


def test_copy_without_repeats_is_split_where_a_title_in_another_language_begins():
    text = """Forwarded from Embassy of Russia in Brazil

🎙 Ambassador Alexey Labetskiy's remarks at the Rio de Janeiro trade fair (Rio de Janeiro, May 20, 2025)

The fair gathered two hundred companies.

We expect new contracts in the coming months.

🇷🇺💬 Déclaration de l'ambassadeur Alexey Labetskiy lors du salon commercial de Rio de Janeiro

La foire a réuni deux cents entreprises.

Nous attendons de nouveaux contrats.
"""
    first, second = read(text)
    assert (first.start_line, first.end_line) == (1, 7)
    assert first.language == "en"
    assert second.start_line == 9 and second.language == "fr"
    assert second.forwarded_from is None


def test_a_title_naming_a_place_in_another_language_is_no_translation_before_its_body():
    """A title alone before its body is too little to tell a language by: "… (Ludwigshafen am Rhein, July 2, 2025)"
    read as German made the English body's first line, which has a cue ("talks"), a post of its own (the 1,000-post
    benchmark copy read back as 1,001)."""
    text = (
        "Forwarded from Russian MFA 🇷🇺\n"
        "🎙 Russia's Foreign Minister Sergey Lavrov’s speech at the SCO Council of Foreign Ministers (Ludwigshafen am Rhein, July 2, 2025)\n"
        "#SCO73 #G20 #SCO\n"
        "The talks took place in a constructive and friendly atmosphere, as befits strategic partners. The sides agreed to "
        "step up cooperation in the fight against terrorism. <...>\n"
        "• The parties stressed the importance of the anniversary of diplomatic relations, to be marked in 2025.\n"
        "It is pointless to address these issues without reliable and legally binding guarantees.\n"
    )
    posts = read(text)
    assert len(posts) == 1 and posts[0].title.startswith("🎙 Russia's Foreign Minister")


def test_bilingual_post_with_repeats_stays_one_post():
    text = """Forwarded from Centre for Asian Studies
👨‍🎓Дорогие коллеги!
Регистрация на конференцию в Казани открыта до 1 марта.
Участие бесплатное.
👨‍🎓Dear colleagues!
Registration for the conference in Kazan is open until March 1.
Регистрация на конференцию в Казани открыта до 1 марта.
Участие бесплатное.
👨‍🎓Dear colleagues!
Registration for the conference in Kazan is open until March 1.
"""
    (post,) = read(text)
    assert (post.start_line, post.end_line) == (1, 10)
    assert "Registration for the conference" in post.text


def test_hashtag_line_is_not_the_title_and_unicode_hashtags_are_kept_as_written():
    text = "Forwarded from X\n#RussiaBrazil #ФСБ_news\n🇷🇺🇧🇷 On May 2, the ministers met in Brasília. #BRICS #FСS\nBody.\n"
    (post,) = read(text)
    assert post.title == "🇷🇺🇧🇷 On May 2, the ministers met in Brasília. #BRICS #FСS"
    assert post.hashtags == ("RussiaBrazil", "ФСБ_news", "BRICS", "FСS")
    assert "\u0421" in post.hashtags[3]  # the Cyrillic С, as written


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_ends_and_byte_order_mark(newline):
    text = "\ufeffForwarded from A\nTitle of a post in Oslo\nBody.\nForwarded from B\nSecond post in Bergen\n"
    first, second = read(text.replace("\n", newline))
    assert first.forwarded_from == "A" and first.title == "Title of a post in Oslo"
    assert (second.start_line, second.end_line) == (4, 5)


def test_channel_option_is_kept():
    (post,) = read("A post about Quito\n", channel="Embassy of Ecuador")
    assert post.channel == "Embassy of Ecuador"


def test_empty_file_is_an_input_error():
    with pytest.raises(InputError) as info:
        read("\n\n  \n")
    assert info.value.where == "copy.txt"


def test_non_utf8_file_names_the_line_and_an_encoding_to_try():
    data = "Forwarded from МИД России\nЗаявление министра\n".encode("cp1251")
    with pytest.raises(InputError) as info:
        read(data)
    assert "line 1" in info.value.message
    assert "cp1251" in info.value.hint


def test_one_short_line_read_as_another_language_does_not_split_a_post():
    """Regression: a body line ending "…in Shahrīār." was guessed to be Dutch and opened a new post
    in a copy without repeats; the language of a possible new post is now told from three lines."""
    text = """Forwarded from MFA
🎙 Minister Ahmad Vahidi's remarks at the opening of the logistics centre

The centre will serve traders from the whole province.

🇮🇷 Minister Ahmad Vahidi opened the new logistics centre in Shahrīār.

It will handle cargo from three countries and employ four hundred people.

Trade with the neighbours grew by a tenth this year.
"""
    (post,) = read(text)
    assert post.text.count("logistics centre") == 2


# -- where a copy's posts begin: lines without a final full stop, hashtags at the end, languages --

_INDIA_TALKS = "🇷🇺🇮🇳 On May 6, 2024, the Foreign Minister met with his Indian counterpart in Moscow."


@pytest.mark.parametrize("last_line", [
    pytest.param("The sides discussed bilateral cooperation within #BRICS and the #SCO", id="ends-in-hashtags"),
    pytest.param("The sides discussed bilateral cooperation within BRICS and the SCO", id="no-full-stop"),
    pytest.param("Sergey Lavrov met Wang Yi in Beijing.", id="names-read-as-another-language"),
])
def test_a_body_line_after_the_first_does_not_open_a_post_by_itself(last_line):
    """Regression: in a copy without repeats, the body line after a post's first line opened a
    phantom post (and cut the body off the real one) when it lacked a final full stop (hashtags
    in its place, or nothing: it read as a heading), or when its names were read as another
    language (Vietnamese, Spanish...) than the line before."""
    (post,) = read(f"Forwarded from Russian MFA 🇷🇺\n{_INDIA_TALKS}\n{last_line}\n")
    assert (post.start_line, post.end_line) == (1, 3)
    assert post.text.endswith(last_line)


def test_posts_whose_last_line_has_no_full_stop_are_not_merged():
    """Regression: a post whose body ended without a full stop was read as a text Telegram cut in
    the middle of a sentence, and the next post (repeated body and all) was joined to it. Telegram
    cuts only long texts; a message of a few lines ends where its post ends."""
    text = f"""Forwarded from Russian MFA 🇷🇺
{_INDIA_TALKS}
The sides discussed bilateral cooperation within #BRICS and the #SCO
Read in full
The sides discussed bilateral cooperation within #BRICS and the #SCO
🇷🇺🇨🇳 On May 16, President Vladimir Putin held talks with President Xi Jinping in Beijing.
The leaders signed a joint statement on deepening the comprehensive partnership
Read in full
The leaders signed a joint statement on deepening the comprehensive partnership
🇷🇺🇧🇷 On May 20, Sergey Lavrov met with the Foreign Minister of Brazil in Rio de Janeiro.
The ministers discussed preparations for the BRICS summit in Kazan.
Read in full
The ministers discussed preparations for the BRICS summit in Kazan.
"""
    posts = read(text)
    assert [(p.start_line, p.end_line) for p in posts] == [(1, 5), (6, 9), (10, 13)]
    assert posts[1].text.endswith("comprehensive partnership")


# Copies of several posts in a row, in the two forms copies take: each body repeated (preview,
# then the expanded text), and no repeats (blank lines between paragraphs). Posts in several
# languages follow each other; bodies end in hashtags or without a full stop.
MULTI_POST_COPIES = [
    pytest.param("""Forwarded from Embassy of Russia in Argentina

🇷🇺🇦🇷 On March 3, Ambassador Dmitry Feoktistov met with the Governor of the Province of Buenos Aires.

The sides discussed trade and investment projects in the region #RussiaArgentina

They also spoke about the business forum planned for the autumn.

Russian universities open their doors to Argentine students

The Rossotrudnichestvo office in Buenos Aires has announced this year's scholarship programme.

Applications are accepted until May 15 #StudyInRussia

🇷🇺🇦🇷 El 5 de marzo, el Embajador Dmitri Feoktístov visitó la Universidad Nacional de La Plata.

Habló con los estudiantes sobre la historia de las relaciones ruso-argentinas

#RusiaArgentina
""", [(1, 7, "en"), (9, 13, "en"), (15, 19, "es")], id="no-repeats-en-en-es"),
    pytest.param("""Forwarded from Sputnik India
🇷🇺🇮🇳 Russia and India will hold the next round of strategic consultations in New Delhi, the Russian Foreign Ministry said.
The dates are being agreed through diplomatic channels
Both sides expect progress on the new trade agreement.
🇷🇺🇮🇳 रूस और भारत नई दिल्ली में रणनीतिक परामर्श का अगला दौर आयोजित करेंगे।
तारीखों पर राजनयिक माध्यमों से सहमति बनाई जा रही है
""", [(1, 4, "en"), (5, 6, "hi")], id="no-repeats-en-hi"),
    pytest.param("""Forwarded from Embassy of Russia in Kenya
🇷🇺🇰🇪 On April 2, Ambassador Dmitry Maksimychev met with the Governor of Mombasa County.
They discussed cooperation in tourism and port logistics
🇷🇺🇰🇪 Le 2 avril, l'ambassadeur Dmitri Maksimytchev a rencontré le gouverneur du comté de Mombasa.
Ils ont discuté de la coopération dans le tourisme et la logistique portuaire
""", [(1, 3, "en"), (4, 5, "fr")], id="no-repeats-en-fr-after-no-full-stop"),
    pytest.param("""Forwarded from MID Russie 🇷🇺
🇷🇺🇲🇱 Le 14 mars, Sergueï Lavrov s'est entretenu avec son homologue malien Abdoulaye Diop à Moscou.
Les ministres ont abordé la coopération dans le cadre du #PartenariatRussieAfrique
Lire la suite
Les ministres ont abordé la coopération dans le cadre du #PartenariatRussieAfrique
🇷🇺🇸🇳 Le 15 mars, Sergueï Lavrov a reçu le ministre sénégalais des Affaires étrangères à Moscou.
Les deux parties ont évoqué les projets communs dans l'énergie et l'agriculture
Lire la suite
Les deux parties ont évoqué les projets communs dans l'énergie et l'agriculture
Forwarded from МИД России 🇷🇺
🇷🇺🇮🇳 6 мая Сергей Лавров провёл переговоры с министром иностранных дел Индии в Москве.
Стороны обсудили сотрудничество в рамках #БРИКС и #ШОС
Подробнее
Стороны обсудили сотрудничество в рамках #БРИКС и #ШОС
🇷🇺🇮🇳 On May 6, Sergey Lavrov held talks with the Minister of External Affairs of India in Moscow.
The sides discussed cooperation within #BRICS and the #SCO
Read in full
The sides discussed cooperation within #BRICS and the #SCO
""", [(1, 5, "fr"), (6, 9, "fr"), (10, 14, "ru"), (15, 18, "en")], id="repeats-fr-fr-ru-en"),
    pytest.param("""Forwarded from Botschaft Russlands
🇷🇺🇩🇪 Botschafter Sergej Netschajew traf am 12. März Vertreter deutscher Unternehmen in Berlin.
Besprochen wurden die Lage der Wirtschaft und die Zukunft der Handelsbeziehungen
Read in full
Besprochen wurden die Lage der Wirtschaft und die Zukunft der Handelsbeziehungen
🇷🇺🇩🇪 Ambassador Sergey Nechaev met representatives of German businesses in Berlin on March 12.
They discussed the state of the economy and the future of trade #RussiaGermany
Read in full
They discussed the state of the economy and the future of trade #RussiaGermany
""", [(1, 5, "de"), (6, 9, "en")], id="repeats-de-en"),
]


@pytest.mark.parametrize("text, expected", MULTI_POST_COPIES)
def test_posts_of_multi_post_copies_and_their_lines(text, expected):
    """Regression: in four of these copies (all but the French-Russian-English one) the reader
    made phantom posts of body lines that end without a full stop or in hashtags, opened a post
    where the three lines it tells a language by ran on into the next post, in Spanish, and
    joined a post to the one before it when that one's last line had no full stop (a flag-led
    translation with a date included)."""
    posts = read(text)
    assert [(p.start_line, p.end_line, p.language) for p in posts] == expected


def test_a_directory_gives_its_copies_and_exports_in_path_order_subfolders_too_hidden_ones_not(tmp_path):
    """What README says kg reads of a directory: .txt, .text, .md and .json files (any case), in
    subfolders too, in path order; hidden files and folders and other suffixes are not read."""
    from kg.readers import resolve_inputs

    for name in ["b.txt", "a.JSON", "sub/c.md", "sub/d.text", "notes.csv", "result.html", ".hidden.txt",
                 ".git/e.txt", "sub/.cache/f.json"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    read = [Path(item.name).relative_to(tmp_path).as_posix() for item in resolve_inputs([str(tmp_path)])]
    assert read == ["a.JSON", "b.txt", "sub/c.md", "sub/d.text"]


def test_a_title_score_threshold_is_told_as_the_whole_score_tells_it():
    """The reader asks whether a line scores at least 2 or 3 (kg.readers.titles.scores_at_least),
    which skips the search for an event cue where it cannot change the answer: the answer is the
    whole score's, for every line of the seeds after each other line and after none."""
    from kg.readers.titles import scores_at_least, title_score

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    lines = [line for path in sorted(seeds.iterdir()) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 1000
    for previous, line in zip([None, *lines], lines):
        score = title_score(line, previous)
        assert [scores_at_least(t, line, previous) for t in range(-6, 9)] == [score >= t for t in range(-6, 9)], line


def test_the_patterns_of_a_line_end_searched_from_the_end_match_where_a_forward_search_does():
    """kg.readers.titles searches the patterns of how a line ends backwards (regex.REVERSE): on the
    seeds' lines, and on those lines with each kind of ending added, they match exactly where the
    same patterns searched forwards do."""
    import regex

    from kg.readers import titles

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    lines = [line for path in sorted(seeds.iterdir()) for line in path.read_text(encoding="utf-8").splitlines()]
    endings = ["", ".", " …", "!  ", "»", "[...]", "< … >", "🙂", "\ufe0f", "#BRICS", "#БРИКС ", "https://t.me/x", ",",
               ";", ":", "\"", ")", "x", "\n", ".\n"]
    texts = [line + ending for line in lines[::3] for ending in endings] + lines
    for name in ("_ENDS_SENTENCE", "_ENDS_PUNCTUATED", "_TERMINAL", "_TRAILING_HASHTAG"):
        backwards = getattr(titles, name)
        assert backwards.flags & regex.REVERSE
        forwards = regex.compile(backwards.pattern, backwards.flags & ~regex.REVERSE)
        found = [bool(backwards.search(text)) for text in texts]
        assert found == [bool(forwards.search(text)) for text in texts], name
        assert 100 < sum(found) < len(texts) - 100
