"""The plain-text reader on copies written here in the patterns real copies show.

None of these posts is in seeds/: names, places and wordings are new, so the tests check the
general grammar of copies, not the samples. tests/test_seeds_gold.py checks the seeds.
"""
from __future__ import annotations

import io

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
