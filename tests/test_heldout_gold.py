"""Extraction quality on channels the rules were not written from, against gold annotated before kg
was run on them: tests/data/heldout/ (gold tests/data/gold/heldout.json; the rules were then tuned on
it), tests/data/heldout2/ (gold tests/data/gold/heldout2.json, written later as a fresh measure, then
tuned on too), tests/data/heldout3/ (gold tests/data/gold/heldout3.json, a third fresh measure,
its first run on commit e365fa5, since tuned on), tests/data/heldout4/ (gold
tests/data/gold/heldout4.json, a fourth fresh measure: its untuned first run at commit 4124999 is in
README; two bugs it showed are fixed since) and tests/data/heldout5/ (gold
tests/data/gold/heldout5.json, a fifth fresh measure in Indonesian, Serbian Cyrillic, the Spanish of
Spain, South African English and UN News, gold committed at 4a145a0 before kg was run on it; its
untuned first run, kg as of ae7ef56, is in README and tests/data/gold/heldout5-findings.md lists
every error of that run by cause; tuned on since). tests/data/heldout6/ (gold tests/data/gold/heldout6.json, a sixth fresh
measure in Polish, European Portuguese, Uzbekistan's Russian, Australian and Kenyan English, gold committed at c84fa2e
before kg was run on it; its untuned first run, kg as of 792ffab, is in README and
tests/data/gold/heldout6-findings.md lists every error of that run by cause; tuned on since).
tests/data/heldout7/ (gold tests/data/gold/heldout7.json, a seventh fresh measure in Dutch, Philippine
and Egyptian English, Chilean Spanish and Armenia's Russian, gold committed at 0af5fb4 before kg was
run on it) has its untuned first run, kg as of 8667d58, in tests/data/gold/heldout7-findings.md, which
lists every error of that run by cause; tuned on since. tests/data/heldout8/ (gold
tests/data/gold/heldout8.json, an eighth fresh measure in Indian English, Ukrainian, Turkish, Swiss German
and Morocco's French, gold committed at b9d3884 before kg was run on it) has its untuned first run, kg as of
f4d863f, in tests/data/gold/heldout8-findings.md, which lists every error of that run by cause; tuned on
since. tests/data/heldout9/ (gold tests/data/gold/heldout9.json, a ninth fresh measure in Arabic, Chinese,
Singapore's English, Belgium's French and Kyrgyzstan's Russian, gold committed at 0953098 before kg was run
on it) has its untuned first run, kg as of 9ce2106, in tests/data/gold/heldout9-findings.md; tuned on
since (Arabic and Chinese read in their scripts). tests/data/heldout10/ (gold tests/data/gold/heldout10.json, a
tenth fresh measure in Egypt's and Qatar's Arabic, the Chinese of China's embassy in Russia and of its UN mission,
and the UAE's English, gold committed at e169374 before kg was run on it) has its untuned first run, kg as of
1980ef5, in tests/data/gold/heldout10-findings.md, which lists every error of that run by cause. tests/data/heldout11/ (gold
tests/data/gold/heldout11.json, an eleventh fresh measure in Hungary's and Vietnam's English, Venezuela's Spanish,
Azerbaijan's Russian and Austria's German, gold committed at 27d8c8e before kg was run on it) has its untuned first
run, kg as of bfd8fc8, in tests/data/gold/heldout11-findings.md, which lists every error of that run by cause.
tests/data/heldout12/ (gold tests/data/gold/heldout12.json, a twelfth fresh measure in the Kremlin's Russian, the
Élysée's French, Pakistan's English, Cuba's Spanish and the German Federal Government's German, gold committed at
e912ad2 before kg was run on it) has its untuned first run, kg as of 22a2614, in
tests/data/gold/heldout12-findings.md, which lists every error of that run by cause.
tests/data/heldout13/ (gold tests/data/gold/heldout13.json, a thirteenth fresh measure in Palazzo Chigi's Italian,
the Ukrainian of Ukraine's Office of the President, Akorda's Russian, the EEAS's English and the Hindi of India's
Ministry of External Affairs, gold committed at e1edd95 before kg was run on it) has its untuned first run, kg as of
4b1d5bc, in tests/data/gold/heldout13-findings.md, which lists every error of that run by cause.
tests/data/heldout14/ (gold tests/data/gold/heldout14.json, a fourteenth fresh measure in the Polish of Poland's
Ministry of Foreign Affairs, the English of Russia's embassy in London, Planalto's Portuguese, the Serbian Cyrillic
of Serbia's Ministry of Foreign Affairs and Indonesia's Indonesian, gold committed at f94dbf5 before kg was run on
it) has its untuned first run, kg as of 9478f8f, in tests/data/gold/heldout14-findings.md, which lists every error
of that run by cause. tests/data/heldout15/ (gold tests/data/gold/heldout15.json, a fifteenth fresh measure in the Spanish
of Mexico's Secretaría de Relaciones Exteriores, the English of Japan's Ministry of Foreign Affairs, the Russian of
Belarus's, the French of Global Affairs Canada and the Italian of the Farnesina, gold committed at 8786998 before kg
was run on it) has its untuned first run, kg as of 1d154bf, in tests/data/gold/heldout15-findings.md, which lists
every error of that run by cause. tests/data/heldout16/ (gold tests/data/gold/heldout16.json, a sixteenth fresh measure
in the Russian of Russia's Ministry of Foreign Affairs, the English of the Republic of Korea's and of Iran's, the
Spanish of Colombia's Cancillería and the French of Senegal's ministry, gold committed at b9f1040 before kg was run on
it) has its untuned first run, kg as of 86a3f72, in tests/data/gold/heldout16-findings.md, which lists every error of
that run by cause. tests/data/heldout17/ (gold tests/data/gold/heldout17.json, a seventeenth fresh measure in the
Arabic of Jordan's Ministry of Foreign Affairs and Expatriates, the English of Thailand's, the Spanish of Peru's
Cancillería, the Portuguese of Angola's MIREX and the Russian of Tajikistan's, gold committed at 8da27bb before kg was
run on it) has its untuned first run, kg as of eb50def, in tests/data/gold/heldout17-findings.md, which lists every
error of that run by cause. tests/data/heldout18/ (gold tests/data/gold/heldout18.json, an eighteenth fresh measure in
the English of Georgia's Ministry of Foreign Affairs, the Spanish of Nicaragua's Cancillería, the French of Mali's
ministry, the Russian of Turkmenistan's and the German of Germany's embassy in Moscow, gold committed at cb138b2 before
kg was run on it) has its untuned first run, kg as of b648942, in tests/data/gold/heldout18-findings.md, which lists
every error of that run by cause. tests/data/heldout19/ (gold tests/data/gold/heldout19.json, a nineteenth fresh measure
in the English of Mongolia's Ministry of Foreign Affairs, the Spanish of Bolivia's Cancillería, the French of Algeria's
ministry, the Portuguese of Mozambique's MINEC and the Arabic of Iraq's ministry, gold committed at bd336be before kg was
run on it) has its untuned first run, kg as of 1179776, in tests/data/gold/heldout19-findings.md, which lists every
error of that run by cause. tests/data/heldout20/ (gold tests/data/gold/heldout20.json, a twentieth fresh measure
in the English of Malaysia's Wisma Putra, the Spanish of Ecuador's Cancillería, the French of Tunisia's ministry, the
Russian of Russia's embassy in Kazakhstan and the Chinese of China's embassy in the Philippines, gold committed at
aa7d590 before kg was run on it) has its untuned first run, kg as of c878d97, in tests/data/gold/heldout20-findings.md,
which lists every error of that run by cause. tests/data/heldout21/ (gold tests/data/gold/heldout21.json, a
twenty-first fresh measure in the English of Nigeria's Ministry of Foreign Affairs, the Spanish of Uruguay's
Cancillería, the French of Côte d'Ivoire's ministry, the Arabic of Kuwait's and the Russian of Russia's embassy in
Türkiye, gold committed at ec590cb before kg was run on it) has its untuned first run, kg as of cdfb19a, in
tests/data/gold/heldout21-findings.md, which lists every error of that run by cause. tests/data/heldout22/ (gold
tests/data/gold/heldout22.json, a twenty-second fresh measure in the English of Ghana's Ministry of Foreign Affairs,
the Spanish of Paraguay's Cancillería, the French of the DR Congo's ministry, the Arabic of Oman's and the Russian of
Russia's Permanent Mission to the UN, gold committed at 4573feb before kg was run on it) has its untuned first run,
kg as of 6a3e470, in tests/data/gold/heldout22-findings.md, which lists every error of that run by cause. Each field's F1 is
held at or above what it reached (rounded down),
so that a change that loses ground there is seen; README shows what `kg score` prints for each."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.builder import BuildOptions, build
from kg.readers import read_posts
from kg.score import Score, as_table, score

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
TARGETS = {
    "heldout": {
        "hashtags": 1.00, "type": 0.91, "date": 1.00, "end_date": 1.00, "location": 0.94, "speakers": 0.97,
        "participants": 0.90, "people": 0.96, "organisations": 0.91, "countries": 0.93,
    },
    "heldout2": {
        "hashtags": 1.00, "type": 0.97, "date": 0.98, "end_date": 0.94, "location": 0.94, "speakers": 0.94,
        "participants": 0.95, "people": 0.94, "organisations": 0.90, "countries": 0.92,
    },
    "heldout3": {
        "hashtags": 1.00, "type": 0.97, "date": 0.94, "end_date": 0.94, "location": 0.97, "speakers": 0.96,
        "participants": 0.96, "people": 0.96, "organisations": 0.96, "countries": 0.97,
    },
    "heldout4": {
        "hashtags": 1.00, "type": 0.92, "date": 0.96, "end_date": 0.88, "location": 0.87, "speakers": 0.97,
        "participants": 0.93, "people": 0.95, "organisations": 0.91, "countries": 0.93,
    },
    "heldout5": {
        "hashtags": 1.00, "type": 0.97, "date": 1.00, "end_date": 1.00, "location": 1.00, "speakers": 0.98,
        "participants": 0.98, "people": 0.98, "organisations": 0.96, "countries": 0.98,
    },
    "heldout6": {
        "hashtags": 1.00, "type": 0.92, "date": 0.96, "end_date": 1.00, "location": 0.97, "speakers": 1.00,
        "participants": 0.98, "people": 0.99, "organisations": 0.97, "countries": 0.97,
    },
    "heldout7": {
        "hashtags": 1.00, "type": 0.97, "date": 1.00, "end_date": 1.00, "location": 1.00, "speakers": 0.98,
        "participants": 0.98, "people": 0.98, "organisations": 0.97, "countries": 1.00,
    },
    "heldout8": {
        "hashtags": 1.00, "type": 1.00, "date": 0.94, "end_date": 1.00, "location": 1.00, "speakers": 0.89,
        "participants": 0.88, "people": 0.92, "organisations": 1.00, "countries": 0.99,
    },
    "heldout9": {
        "hashtags": 1.00, "type": 0.82, "date": 1.00, "end_date": 1.00, "location": 0.86, "speakers": 0.83,
        "participants": 0.88, "people": 0.95, "organisations": 0.84, "countries": 0.93,
    },
    "heldout10": {
        "hashtags": 1.00, "type": 0.95, "date": 1.00, "end_date": 1.00, "location": 0.97, "speakers": 0.95,
        "participants": 0.94, "people": 0.99, "organisations": 0.93, "countries": 0.97,
    },
    "heldout11": {
        "hashtags": 1.00, "type": 1.00, "date": 0.94, "end_date": 0.88, "location": 1.00, "speakers": 0.95,
        "participants": 0.86, "people": 0.94, "organisations": 0.90, "countries": 0.94,
    },
    "heldout12": {
        "hashtags": 1.00, "type": 0.95, "date": 1.00, "end_date": 1.00, "location": 0.93, "speakers": 0.98,
        "participants": 0.96, "people": 0.97, "organisations": 0.96, "countries": 0.95,
    },
    "heldout13": {
        "hashtags": 1.00, "type": 0.95, "date": 0.96, "end_date": 1.00, "location": 0.90, "speakers": 0.93,
        "participants": 0.85, "people": 0.95, "organisations": 0.77, "countries": 0.95,
    },
    "heldout14": {
        "hashtags": 1.00, "type": 0.85, "date": 0.96, "end_date": 1.00, "location": 0.92, "speakers": 0.93,
        "participants": 0.76, "people": 0.88, "organisations": 0.85, "countries": 0.91,
    },
    "heldout15": {
        "hashtags": 1.00, "type": 0.95, "date": 0.96, "end_date": 1.00, "location": 0.91, "speakers": 0.95,
        "participants": 0.91, "people": 0.98, "organisations": 0.88, "countries": 0.94,
    },
    "heldout16": {
        "hashtags": 1.00, "type": 0.97, "date": 1.00, "end_date": 1.00, "location": 0.97, "speakers": 0.97,
        "participants": 0.94, "people": 0.96, "organisations": 0.98, "countries": 0.99,
    },
    "heldout17": {
        "hashtags": 1.00, "type": 0.95, "date": 0.96, "end_date": 0.85, "location": 0.89, "speakers": 1.00,
        "participants": 0.93, "people": 0.97, "organisations": 0.97, "countries": 0.98,
    },
    "heldout18": {
        "hashtags": 1.00, "type": 0.90, "date": 0.92, "end_date": 1.00, "location": 0.97, "speakers": 0.95,
        "participants": 0.81, "people": 0.95, "organisations": 0.90, "countries": 0.91,
    },
    "heldout19": {
        "hashtags": 1.00, "type": 0.82, "date": 0.96, "end_date": 1.00, "location": 0.85, "speakers": 1.00,
        "participants": 0.96, "people": 0.98, "organisations": 0.84, "countries": 0.96,
    },
    "heldout20": {
        "hashtags": 1.00, "type": 0.87, "date": 0.94, "end_date": 0.75, "location": 0.95, "speakers": 0.95,
        "participants": 0.83, "people": 0.97, "organisations": 0.88, "countries": 0.96,
    },
    "heldout21": {
        "hashtags": 1.00, "type": 0.97, "date": 0.96, "end_date": 1.00, "location": 0.89, "speakers": 0.93,
        "participants": 0.83, "people": 0.92, "organisations": 0.87, "countries": 0.88,
    },
    "heldout22": {
        "hashtags": 1.00, "type": 0.92, "date": 0.96, "end_date": 1.00, "location": 0.94, "speakers": 0.92,
        "participants": 0.81, "people": 0.94, "organisations": 0.83, "countries": 0.92,
    },
}


def _gold(name: str) -> Path:
    return DATA / "gold" / f"{name}.json"


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, dict[str, Score]]:
    found = {}
    for name in TARGETS:
        graph = tmp_path_factory.mktemp(name) / f"{name}.ttl"
        build([str(DATA / name)], str(graph), BuildOptions(validate=False))
        found[name] = {s.field: s for s in score([str(graph)], str(_gold(name)))}
    return found


@pytest.mark.parametrize("name, field", [(name, field) for name in TARGETS for field in sorted(TARGETS[name])])
def test_field_is_at_or_above_its_target(scores, name, field):
    got = scores[name][field].f1
    # (a float's rounding: 72/75 is 0.96 exactly, computed as 0.9599999999999999)
    assert got + 1e-9 >= TARGETS[name][field], f"{name} {field}: F1 {got:.3f} < {TARGETS[name][field]}"


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_every_gold_post_is_read_with_its_title_hashtags_and_media(name):
    problems = []
    posts = {p.message_id: p for p in read_posts([str(DATA / name)], problems.append)}
    gold = json.loads(_gold(name).read_text(encoding="utf-8"))["posts"]
    assert problems == [] and sorted(posts) == sorted(g["message_id"] for g in gold)
    for g in gold:
        post = posts[g["message_id"]]
        assert (post.title, list(post.hashtags), post.has_media) == (g["title"], g["hashtags"], g["has_media"])
        assert post.forwarded_from == g["forwarded_from"]


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_the_heldout_graph_conforms(tmp_path, name):
    report = build([str(DATA / name)], str(tmp_path / f"{name}.ttl"), BuildOptions()).report
    assert report is not None and not report.results


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_readme_heldout_table_is_what_kg_score_prints(scores, name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split(f"<!-- {name}-scores -->\n```\n", 1)[1].split("```", 1)[0].split("\n", 1)[1]
    assert as_table(list(scores[name].values())).strip() == shown.strip()
