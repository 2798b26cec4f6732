"""Integrity of the hand-edited data files in kg/data/.

- people.ttl and organisations.ttl: the people and organisations kg recognises by name;
- event_cues.tsv: the words that tell the type of event a post reports;
- country_adjectives.tsv: country adjectives of languages that write them in lower case;
- counterpart_cues.tsv: the words after which a person is the actor's counterpart, or on a side;
- shared_ministry_names.tsv: foreign ministries' names many countries' ministries share;
- common_surnames.tsv: surnames an office before them alone does not resolve.

These files are edited by hand; the tests say exactly what a mistake was and where.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
import regex
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.cues import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "data"
GOLD = ROOT / "tests" / "data" / "gold" / "seeds.json"

KG = Namespace("https://w3id.org/tgkg/ontology#")
ID = "https://w3id.org/tgkg/id/"
COUNTRY = ID + "country/"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
WIKIDATA = re.compile(r"^http://www\.wikidata\.org/entity/Q[0-9]+$")
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")

FILES = {
    "people.ttl": (KG.Person, ID + "person/"),
    "organisations.ttl": (KG.Organisation, ID + "org/"),
}
# what each kind of entity may say about itself
ALLOWED = {
    "people.ttl": {RDF.type, RDFS.label, SKOS.altLabel, KG.role, KG.represents, OWL.sameAs, DCTERMS.source},
    "organisations.ttl": {RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs, DCTERMS.source},
}
NAME_PROPERTIES = (RDFS.label, SKOS.altLabel)


def _graph(name: str) -> Graph:
    graph = Graph()
    graph.parse(DATA / name, format="turtle")
    return graph


@pytest.fixture(scope="module")
def graphs() -> dict[str, Graph]:
    return {name: _graph(name) for name in FILES}


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _surface_forms(graphs: dict[str, Graph]) -> dict[str, set[str]]:
    """Every name (label or altLabel, whitespace-normalised, case kept) -> the entities it names."""
    forms: dict[str, set[str]] = defaultdict(set)
    for graph in graphs.values():
        for prop in NAME_PROPERTIES:
            for subject, _, name in graph.triples((None, prop, None)):
                forms[_normalise(str(name))].add(str(subject))
    return forms


def _gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# people.ttl and organisations.ttl
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(FILES))
def test_turtle_file_parses_and_is_not_empty(name):
    graph = _graph(name)
    assert len(graph) > 0, f"kg/data/{name} holds no triples"


@pytest.mark.parametrize("name", sorted(FILES))
def test_no_blank_nodes(graphs, name):
    blank = [t for t in graphs[name] if any(isinstance(term, BNode) for term in t)]
    assert not blank, f"kg/data/{name} has blank nodes: {blank[:5]}"


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_subject_is_a_typed_entity_with_a_slug_iri(graphs, name):
    cls, base = FILES[name]
    graph = graphs[name]
    problems = []
    for subject in set(graph.subjects()):
        iri = str(subject)
        if not iri.startswith(base):
            problems.append(f"{iri}: not under {base}")
            continue
        if not SLUG.match(iri[len(base):]):
            problems.append(f"{iri}: local name is not a lower-case ASCII slug")
        types = set(graph.objects(subject, RDF.type))
        if types != {cls}:
            problems.append(f"{iri}: rdf:type is {sorted(map(str, types))}, expected exactly {cls}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(FILES))
def test_only_known_properties(graphs, name):
    graph = graphs[name]
    unknown = sorted({f"{s} {p}" for s, p, _ in graph if p not in ALLOWED[name]})
    assert not unknown, f"kg/data/{name} uses properties it should not:\n" + "\n".join(unknown)


@pytest.mark.parametrize("name", sorted(FILES))
def test_one_label_per_language_and_an_english_one(graphs, name):
    graph = graphs[name]
    problems = []
    for subject in set(graph.subjects(RDF.type, None)):
        languages = defaultdict(list)
        for label in graph.objects(subject, RDFS.label):
            languages[getattr(label, "language", None)].append(str(label))
        if "en" not in languages:
            problems.append(f"{subject}: no @en rdfs:label")
        for language, labels in languages.items():
            if len(labels) > 1:
                problems.append(f"{subject}: {len(labels)} rdfs:labels @{language}: {labels}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_literal_is_language_tagged_and_tidy(graphs, name):
    problems = []
    for subject, prop, obj in graphs[name]:
        if prop in (RDF.type, KG.represents, OWL.sameAs, DCTERMS.source):
            if not isinstance(obj, URIRef):
                problems.append(f"{subject} {prop}: {obj!r} should be an IRI")
            continue
        if not isinstance(obj, Literal):
            problems.append(f"{subject} {prop}: {obj!r} should be a literal")
            continue
        if not obj.language or not LANGUAGE_TAG.match(obj.language):
            problems.append(f"{subject} {prop}: {str(obj)!r} has no (valid) language tag")
        if str(obj) != _normalise(str(obj)) or not str(obj):
            problems.append(f"{subject} {prop}: {str(obj)!r} has stray whitespace or is empty")
        if unicodedata.normalize("NFC", str(obj)) != str(obj):
            problems.append(f"{subject} {prop}: {str(obj)!r} is not in Unicode NFC")
    assert not problems, "\n".join(problems)


def test_no_surface_form_names_two_entities(graphs):
    clashes = {form: sorted(owners) for form, owners in _surface_forms(graphs).items() if len(owners) > 1}
    assert not clashes, "names shared by several entities:\n" + "\n".join(f"{f!r}: {o}" for f, o in sorted(clashes.items()))


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in regex.findall(r"[\p{L}\p{M}\p{N}]+", unicodedata.normalize("NFC", text)))


def _acronym(text: str) -> bool:
    words = regex.findall(r"[\p{L}\p{M}\p{N}]+", text)
    return len("".join(words)) <= 3 or (len(words) == 1 and text.isupper())


def test_no_two_entities_share_a_name_up_to_case_and_punctuation(graphs):
    """kg matches names word by word, ignoring punctuation and (except for acronyms) case:
    'OPEC+' and 'OPEC', or 'Foreign Office' and 'foreign office', are the same name to it."""
    by_words: dict[tuple[str, ...], set[tuple[str, str]]] = defaultdict(set)
    for form, owners in _surface_forms(graphs).items():
        for owner in owners:
            by_words[_words(form)].add((owner, form))
    problems = []
    for words, owned in by_words.items():
        owners = {owner for owner, _ in owned}
        if len(owners) < 2:
            continue
        # acronyms are matched in their exact case, so 'CIS' and 'Cis' could name two entities;
        # 'OPEC' and 'OPEC+' could not
        exact: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for owner, form in owned:
            exact[tuple(regex.findall(r"[\p{L}\p{M}\p{N}]+", form))].add(owner)
        if all(_acronym(form) for _, form in owned) and all(len(o) == 1 for o in exact.values()):
            continue
        problems.append(f"{' '.join(words)!r}: {sorted(owned)}")
    assert not problems, "names that differ only in case or punctuation, for different entities:\n" + "\n".join(problems)


@pytest.mark.parametrize("name", sorted(FILES))
def test_same_as_is_wikidata_and_sourced(graphs, name):
    graph = graphs[name]
    problems = []
    for subject, target in graph.subject_objects(OWL.sameAs):
        if not WIKIDATA.match(str(target)):
            problems.append(f"{subject}: owl:sameAs {target} is not a Wikidata entity IRI")
        if not list(graph.objects(subject, DCTERMS.source)):
            problems.append(f"{subject}: owl:sameAs without a dcterms:source saying where the id was checked")
    sources_without_same_as = {s for s in graph.subjects(DCTERMS.source, None) if not list(graph.objects(s, OWL.sameAs))}
    problems += [f"{s}: dcterms:source but no owl:sameAs" for s in sorted(sources_without_same_as)]
    assert not problems, "\n".join(problems)


def test_no_wikidata_id_on_two_entities(graphs):
    owners = defaultdict(set)
    for graph in graphs.values():
        for subject, target in graph.subject_objects(OWL.sameAs):
            owners[str(target)].add(str(subject))
    shared = {t: sorted(s) for t, s in owners.items() if len(s) > 1}
    assert not shared, f"one Wikidata id on several entities: {shared}"


def test_represents_is_a_real_country(graphs):
    graph = graphs["people.ttl"]
    problems = []
    for person in set(graph.subjects(RDF.type, KG.Person)):
        countries = list(graph.objects(person, KG.represents))
        if len(countries) > 1:
            problems.append(f"{person}: represents {len(countries)} countries")
        for country in countries:
            iri = str(country)
            code = iri[len(COUNTRY):] if iri.startswith(COUNTRY) else None
            if not code or not re.fullmatch(r"[a-z]{2}", code) or pycountry.countries.get(alpha_2=code.upper()) is None:
                problems.append(f"{person}: kg:represents {iri} is not {COUNTRY}<ISO 3166-1 alpha-2 code>")
    assert not problems, "\n".join(problems)


def test_roles_are_english(graphs):
    graph = graphs["people.ttl"]
    problems = [f"{s}: kg:role {o!r}" for s, o in graph.subject_objects(KG.role) if getattr(o, "language", None) != "en"]
    roles = defaultdict(int)
    for s in graph.subjects(KG.role, None):
        roles[s] += 1
    problems += [f"{s}: {n} roles" for s, n in roles.items() if n > 1]
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------------------------
# the gold annotation of seeds/ must be resolvable
# ---------------------------------------------------------------------------------------------

def _gold_names():
    organisations, people, persons = set(), set(), {}
    for post in _gold()["posts"]:
        event = post["event"]
        organisations.update(event["organisations"])
        people.update(event["speakers"])
        people.update(event["participants"])
        for person in event["persons"]:
            persons[person["name"]] = person
    return organisations, people, persons


def test_every_gold_organisation_names_exactly_one_organisation(graphs):
    forms = _surface_forms(graphs)
    organisations, _, _ = _gold_names()
    problems = []
    for name in sorted(organisations):
        owners = forms.get(_normalise(name), set())
        if len(owners) != 1:
            problems.append(f"{name!r}: named by {len(owners)} entities {sorted(owners)}")
        elif (URIRef(next(iter(owners))), RDF.type, KG.Organisation) not in graphs["organisations.ttl"]:
            problems.append(f"{name!r}: names {next(iter(owners))}, which is not a kg:Organisation")
    assert not problems, "gold organisations kg cannot resolve:\n" + "\n".join(problems)


def test_every_gold_speaker_and_participant_names_exactly_one_person(graphs):
    forms = _surface_forms(graphs)
    _, people, persons = _gold_names()
    problems = []
    for name in sorted(people | set(persons)):
        owners = forms.get(_normalise(name), set())
        if len(owners) != 1:
            problems.append(f"{name!r}: named by {len(owners)} entities {sorted(owners)}")
            continue
        person = URIRef(next(iter(owners)))
        if (person, RDF.type, KG.Person) not in graphs["people.ttl"]:
            problems.append(f"{name!r}: names {person}, which is not a kg:Person")
            continue
        country = (persons.get(name) or {}).get("country")
        if country:
            represents = [str(c) for c in graphs["people.ttl"].objects(person, KG.represents)]
            if represents != [COUNTRY + country.lower()]:
                problems.append(f"{name!r}: gold says {country}, people.ttl says {represents}")
    assert not problems, "gold people kg cannot resolve:\n" + "\n".join(problems)


# ---------------------------------------------------------------------------------------------
# event_cues.tsv
# ---------------------------------------------------------------------------------------------

def _cue_rows():
    """Rows as the file has them (not through kg's loader, which would reject a bad row first)."""
    lines = [(n, line) for n, line in enumerate((DATA / "event_cues.tsv").read_text(encoding="utf-8").splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    header = lines[0][1].split("\t")
    return [(n, header, line.split("\t")) for n, line in lines[1:]]


def test_event_cues_header():
    text = (DATA / "event_cues.tsv").read_text(encoding="utf-8")
    first = next(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    assert first.split("\t") == ["type", "language", "cue"]


def test_event_cues_rows():
    rows = list(_cue_rows())
    assert rows, "kg/data/event_cues.tsv has no cues"
    problems = []
    for number, header, cells in rows:
        where = f"kg/data/event_cues.tsv:{number}"
        if len(cells) != 3:
            problems.append(f"{where}: {len(cells)} tab-separated columns, expected 3")
            continue
        row = dict(zip(header, cells))
        if row["type"] not in EVENT_TYPES:
            problems.append(f"{where}: unknown event type {row['type']!r} (known: {', '.join(EVENT_TYPES)})")
        if not re.fullmatch(r"[a-z]{2}", row["language"]):
            problems.append(f"{where}: language {row['language']!r} is not an ISO 639-1 code")
        if not row["cue"].strip():
            problems.append(f"{where}: empty cue")
            continue
        try:
            regex.compile(row["cue"], regex.IGNORECASE)
            regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{row['cue']})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
        except regex.error as error:
            problems.append(f"{where}: cue {row['cue']!r} is not a valid regular expression: {error}")
            continue
        if regex.fullmatch(row["cue"], "", regex.IGNORECASE) is not None:
            problems.append(f"{where}: cue {row['cue']!r} matches the empty string")
    assert not problems, "\n".join(problems)


def test_has_cue_finds_a_cue_in_a_line_exactly_when_one_of_the_cues_does():
    """kg.cues.has_cue searches only the cues whose literals a line has (speed): it must find a cue
    in the same lines as the cues one by one, the boundaries included ("metro" has no "met")."""
    from kg.cues import event_cues, has_cue

    lines = [line.strip() for path in sorted((ROOT / "seeds").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines += ["The metro was closed", "Sergey Lavrov met Wang Yi", "summitry", "a summit", "Визит", "визитка",
              "участие", "принял участие", "conférence de presse", "2024talks", "talks2024", "talks",
              "王毅会见布林肯", "他说普通话", "G7-Außenministertreffen in Kanada", "betreffen", "والتقى الوزير", "المستقبل",
              "İNTERVİEW", "BASIN TOPLANTISI", "TOPLANTI"]
    one_by_one = [any(cue.pattern.search(line) for cue in event_cues()) for line in lines]
    assert sum(one_by_one) > 100 and not all(one_by_one)
    assert [has_cue(line) for line in lines] == one_by_one


# the types a channel in any language reports most: a language with cues for only some of them
# would leave the others typed Other, silently
_MAIN_TYPES = ("Meeting", "PhoneCall", "Visit", "Statement", "PressConference", "Interview", "MultilateralMeeting")


def test_event_cues_cover_the_main_types_in_every_language_the_gazetteer_has_names_in():
    """kg reads names in the gazetteer's languages (kg.countries.LANGUAGES); a post in one of them
    with no cues is typed Other whatever it reports (the second held-out set's German posts were)."""
    from kg.countries import LANGUAGES as _LANGUAGES

    have = defaultdict(set)
    for _, header, cells in _cue_rows():
        row = dict(zip(header, cells))
        have[row["language"]].add(row["type"])
    missing = [f"{language}: no {kind} cue" for language in _LANGUAGES for kind in _MAIN_TYPES
               if kind not in have[language]]
    assert not missing, "kg/data/event_cues.tsv:\n" + "\n".join(missing)


def test_each_cue_pattern_finds_a_cue_where_its_row_read_as_written_does():
    """kg's event typing skips the cues whose script a text lacks (an English title is not searched
    for Arabic cues): on every line of the seeds, the held-out posts and the cue tests' titles, a cue
    must be found exactly where its row, bounded as written (whole words; not in zh, ja), matches."""
    from corpus import real_lines
    from kg.cues import UNSPACED, event_cues, scripts_in
    from test_event_cues_languages import CASES

    lines = real_lines() + [case[1] for case in CASES] + ["Regierungspressekonferenz", "Pressekonferenzen", "xpressekonferenz_",
                                            "Gipfeltreffen", "Telefonate", "Besuchsprogramm", "Konferenz2024"]
    mismatches = []
    for cue in event_cues():
        written = cue.text if cue.language in UNSPACED else rf"(?<![\p{{L}}\p{{N}}])(?:{cue.text})(?![\p{{L}}\p{{N}}])"
        as_written = regex.compile(written, regex.IGNORECASE | (regex.FULLCASE if cue.language == "de" else 0))  # "ß" is "ss"
        for line in lines:
            fast = bool((cue.script is None or cue.script in scripts_in(line)) and cue.pattern.search(line))
            if fast != bool(as_written.search(line)):
                mismatches.append(f"{cue.language} {cue.type} {cue.text[:40]!r}: {line[:80]!r}")
    assert len(lines) > 1500 and not mismatches, "\n".join(mismatches[:20])


def test_relative_days_rows():
    """kg/data/relative_days.tsv: known kinds, one row per kind and language, ISO 639-1 codes, each
    word a regular expression that compiles on its own and cannot match nothing."""
    from kg.extract import relative

    relative.table.cache_clear()
    words = relative.table()  # an unknown kind or a second row of a kind and language raises, naming the line
    problems = []
    for kind, by_language in words.items():
        for language, text in by_language.items():
            if not re.fullmatch(r"[a-z]{2}", language):
                problems.append(f"{kind} {language}: not an ISO 639-1 code")
            for word in text.split() if kind == "weekdays" else [text]:
                try:
                    if regex.fullmatch(word, "", regex.IGNORECASE) is not None:
                        problems.append(f"{kind} {language}: {word!r} matches the empty string")
                except regex.error as error:
                    problems.append(f"{kind} {language}: {word!r} is not a valid regular expression: {error}")
    assert not problems, "\n".join(problems)
    assert set(words["today"]) == set(words["yesterday"])  # a language that has one has both
    assert set(words["two"]) <= set(words["today"])  # "today and tomorrow" in a language kg reads "today" in


def test_country_names_with_article_are_countries_and_have_it():
    """kg/data/country_names_with_article.tsv: a country kg knows, once, its name starting with "the "."""
    from kg.datafiles import tsv_rows
    from kg.gazetteer import default

    gazetteer = default()
    problems, seen = [], set()
    for number, row in tsv_rows("country_names_with_article.tsv"):
        where = f"kg/data/country_names_with_article.tsv:{number}"
        if gazetteer.country(row["code"].lower()) is None or row["code"] in seen:
            problems.append(f"{where}: {row['code']!r} is no country kg knows, or is listed twice")
        seen.add(row["code"])
        if not row["name"].startswith("the ") or row["name"] != row["name"].strip():
            problems.append(f"{where}: {row['name']!r} does not start with 'the '")
    assert not problems, "\n".join(problems)


def test_own_ministry_names_are_bare_names_kg_does_not_find_otherwise():
    """kg/data/own_ministry_names.tsv: ISO 639-1 codes, one row per name, and no name an entity's own (it would be
    that entity's in every channel, not the channel's own ministry)."""
    from kg.datafiles import tsv_rows
    from kg.gazetteer import default

    gazetteer = default()
    problems, seen = [], set()
    for number, row in tsv_rows("own_ministry_names.tsv"):
        where = f"kg/data/own_ministry_names.tsv:{number}"
        if not re.fullmatch(r"[a-z]{2}", row["language"]):
            problems.append(f"{where}: language {row['language']!r} is no ISO 639-1 code")
        if not row["name"].strip() or row["name"] in seen:
            problems.append(f"{where}: name {row['name']!r} empty or twice")
        seen.add(row["name"])
        if gazetteer.find(row["name"], ("org",)):
            problems.append(f"{where}: {row['name']!r} is an organisation's own name")
    assert not problems, "\n".join(problems)


def test_shared_ministry_names_compile_and_name_no_country():
    """kg/data/shared_ministry_names.tsv: ISO 639-1 codes, patterns that compile, match no empty name and no country's
    name (a ministry named with its country is that country's)."""
    from kg.datafiles import tsv_rows
    from kg.gazetteer import default

    gazetteer = default()
    problems = []
    for number, row in tsv_rows("shared_ministry_names.tsv"):
        where = f"kg/data/shared_ministry_names.tsv:{number}"
        if not re.fullmatch(r"[a-z]{2}", row["language"]):
            problems.append(f"{where}: language {row['language']!r} is no ISO 639-1 code")
        try:
            spaced = row["name"].replace(" ", r"\s+")
            pattern = regex.compile(rf"(?i:(?:the\s+)?(?:{spaced}))")
        except regex.error as error:
            problems.append(f"{where}: {error}")
            continue
        if pattern.fullmatch("") or gazetteer.find(row["name"], ("country",)):
            problems.append(f"{where}: {row['name']!r} matches the empty name, or names a country")
    assert not problems, "\n".join(problems)


def test_common_surnames_are_one_word_each_once():
    """kg/data/common_surnames.tsv: one capitalised word a row, none twice."""
    from kg.datafiles import tsv_rows

    problems, seen = [], set()
    for number, row in tsv_rows("common_surnames.tsv"):
        name = row["surname"]
        if not regex.fullmatch(r"\p{Lu}[\p{L}\p{M}'’-]+", name) or name in seen:
            problems.append(f"kg/data/common_surnames.tsv:{number}: {name!r} is no single capitalised word, or twice")
        seen.add(name)
    assert not problems, "\n".join(problems)


def test_names_not_read_are_names_their_entity_has_and_are_not_found_in_text():
    """kg/data/names_not_read.tsv: each row names an existing entity by one of its own names (a typo
    would silently keep the name read), and that name alone finds nothing."""
    from kg.datafiles import tsv_rows
    from kg.gazetteer import default

    gazetteer = default()
    problems = []
    for number, row in tsv_rows("names_not_read.tsv"):
        if row["kind"] == "place":  # a city's: the word's key is one of the city's names, and finds no city now
            from kg.citylookup import city_key

            if str(gazetteer._cities.get(city_key(row["name"]), ("",))[0]) != row["ident"]:
                problems.append(f"kg/data/names_not_read.tsv:{number}: {row['name']!r} is no name of city {row['ident']}")
            elif gazetteer.city(row["name"]) is not None:
                problems.append(f"kg/data/names_not_read.tsv:{number}: {row['name']!r} is still found")
            if not row["why"].strip():
                problems.append(f"kg/data/names_not_read.tsv:{number}: say why")
            continue
        entity = gazetteer.entity(row["kind"], row["ident"])
        if entity is None:
            problems.append(f"kg/data/names_not_read.tsv:{number}: no {row['kind']} {row['ident']!r}")
        elif row["name"] not in {text for _, text in entity.labels + entity.alt_labels}:
            problems.append(f"kg/data/names_not_read.tsv:{number}: {row['name']!r} is not a name of {row['ident']}")
        elif any(m.key == entity.key for m in gazetteer.find(row["name"])):
            problems.append(f"kg/data/names_not_read.tsv:{number}: {row['name']!r} is still found")
        if not row["why"].strip():
            problems.append(f"kg/data/names_not_read.tsv:{number}: say why")
    assert not problems, "\n".join(problems)


def test_names_read_locally_are_names_their_organisation_has_with_codes_kg_knows():
    """kg/data/names_read_locally.tsv: each row names an existing organisation by one of its own names (a typo
    would silently read the name everywhere), limits it by language codes and country codes kg knows, and says why."""
    from kg.datafiles import tsv_rows
    from kg.gazetteer import default

    gazetteer = default()
    problems = []
    for number, row in tsv_rows("names_read_locally.tsv"):
        where = f"kg/data/names_read_locally.tsv:{number}"
        entity = gazetteer.entity(row["kind"], row["ident"]) if row["kind"] == "org" else None
        if entity is None:
            problems.append(f"{where}: no organisation {row['ident']!r} (only kind org is read here)")
        elif row["name"] not in {text for _, text in entity.labels + entity.alt_labels}:
            problems.append(f"{where}: {row['name']!r} is not a name of {row['ident']}")
        languages = [] if row["languages"] == "*" else row["languages"].split(",")
        countries = [] if row["countries"] == "*" else row["countries"].split(",")
        if not languages and not countries:
            problems.append(f"{where}: limits nothing (both columns *)")
        problems += [f"{where}: {code!r} is no ISO 639-1 code" for code in languages if not re.fullmatch(r"[a-z]{2}", code)]
        problems += [f"{where}: {code!r} is no country kg knows" for code in countries
                     if code != "?" and gazetteer.country(code) is None]
        if not row["why"].strip():
            problems.append(f"{where}: say why")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------------------------
# country_adjectives.tsv
# ---------------------------------------------------------------------------------------------

def test_country_adjectives_rows():
    from kg.datafiles import tsv_rows
    from kg.countries import declined as _declined

    problems, forms = [], defaultdict(set)
    for number, row in tsv_rows("country_adjectives.tsv"):
        where = f"kg/data/country_adjectives.tsv:{number}"
        if pycountry.countries.get(alpha_2=row["code"]) is None:
            problems.append(f"{where}: {row['code']!r} is no ISO 3166-1 alpha-2 code")
        if row["language"] not in ("de", "fr", "pl"):
            problems.append(f"{where}: kg declines adjectives of de, fr and pl only, not {row['language']!r}")
        if not regex.fullmatch(r"(?:\p{Lu}+-)?\p{Ll}+(?:-\p{Ll}+)?", row["adjective"]):
            problems.append(f"{where}: {row['adjective']!r} is not one lower-case word")
        for form in _declined(row["adjective"], row["language"]):
            forms[form].add(row["code"])
    problems += [f"{form!r} is an adjective of {sorted(codes)}: it would name none" for form, codes in forms.items() if len(codes) > 1]
    assert not problems, "\n".join(problems)


def _cue_rows_problems(name: str, kinds: tuple[str, ...]) -> list[str]:
    """What is wrong with the rows of a cue file of kg/data (columns language, kind, cue): a language that is no
    ISO 639-1 code, a kind not among ``kinds``, a cue that is no regular expression or matches an empty string."""
    from kg.datafiles import tsv_rows

    problems = []
    for number, row in tsv_rows(name):
        where = f"kg/data/{name}:{number}"
        if not regex.fullmatch(r"[a-z]{2}", row["language"]):
            problems.append(f"{where}: {row['language']!r} is no ISO 639-1 code")
        if row["kind"] not in kinds:
            problems.append(f"{where}: kind {row['kind']!r} is not one of {kinds}")
        try:
            pattern = regex.compile(row["cue"], regex.IGNORECASE)
        except regex.error as exc:
            problems.append(f"{where}: not a regular expression: {exc}")
            continue
        if pattern.match(""):
            problems.append(f"{where}: matches an empty string")
    return problems


def test_counterpart_cues_rows():
    problems = _cue_rows_problems("counterpart_cues.tsv", ("counterpart", "part", "side", "subject"))
    assert not problems, "\n".join(problems)


def test_topic_cues_rows():
    """kg/data/topic_cues.tsv: ISO 639-1 codes, known kinds, regular expressions that match no empty string, and
    each row's cue found in a phrase of its kind (the patterns kg/extract/topics.py makes of them)."""
    from kg.extract import topics

    problems = _cue_rows_problems("topic_cues.tsv", topics.kinds())
    assert not problems, "\n".join(problems)
    for text, name, expected in [("talks on the ceasefire in Gaza", "Gaza", True), ("Reisadvies Venezuela", "Venezuela", True),
                                 ("the Gulf of Mexico", "Mexico", True), ("the South China Sea", "China", True),
                                 ("the Minister arrived in Doha", "Doha", False), ("talks in Beijing with China", "China", False)]:
        start = text.index(name)
        assert topics.topical(text, start, start + len(name)) == expected, text


COUNTERPART_PHRASES = [
    "Russian Foreign Minister Sergey Lavrov met with Egyptian Foreign Minister Badr Abdelatty",
    "Among the ministers in attendance are Mr Sergey Lavrov of the Russian Federation",
    "President Ramaphosa was accompanied by Ministers Ronald Lamola (International Relations and Cooperation)",
    "MOURNS THE LOSS OF FORMER PRESIDENT", "The Russian Delegation Was Headed By Presidential Aide",
    "Acompañaron al Presidente el canciller Gerardo Werthein", "ACOMPAÑADO POR EL CANCILLER",
    "В заседании приняли участие министр иностранных дел Армении", "В СОПРОВОЖДЕНИИ МИНИСТРА",
    "Gastgeber ist der italienische Außenminister", "AUF EINLADUNG VON", "in Begleitung des Ministers",
    "Il y rencontrera son homologue italien", "EN PRÉSENCE DU PRÉSIDENT", "lamenta el fallecimiento del papa Francisco",
    "será recebido pelo imperador", "alla presenza della Presidente della Commissione europea",
]


def test_counterpart_cues_are_looked_for_where_their_strings_are():
    """kg/extract/sides.py looks for a cue of counterpart_cues.tsv only where the folded text has one of
    the strings the cues of its kind need (kg.literals): every kind has some, a phrase with a cue (as
    written, in capitals, in title case) has them, and the letters the event cues' fold test does not
    check fold as whatever they match ignoring case."""
    import sys

    from kg.cues import event_cues, fold
    from kg.datafiles import tsv_rows
    from kg.extract import cuepatterns

    kinds = {row["kind"] for _, row in tsv_rows("counterpart_cues.tsv")}
    assert all(cuepatterns.literals((kind,)) for kind in kinds)
    found = 0
    for phrase in COUNTERPART_PHRASES:
        for variant in (phrase, phrase.upper(), phrase.title()):
            match = cuepatterns.any_cue().search(variant)
            if match:
                found += 1
                assert cuepatterns.may_have(fold(variant), (match.lastgroup,)), (variant, match.lastgroup)
    assert found >= 2 * len(COUNTERPART_PHRASES)
    checked = {ch for cue in event_cues() for ch in cue.text}
    letters = {ch for _, row in tsv_rows("counterpart_cues.tsv") for ch in row["cue"] if ch.isalpha()} - checked
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    wrong = [(letter, m.group(0)) for letter in letters for m in regex.finditer(regex.escape(letter), everything, regex.IGNORECASE)
             if fold(m.group(0)) != fold(letter)]
    assert not wrong, wrong


def test_script_names_rows():
    """kg/data/script_names.tsv: known kinds and languages, each ident an entity of the gazetteer of that kind, each name
    written in its language's script and not already a label of the entity (the gazetteer's own Arabic and Chinese labels
    are read by kg/extract/scriptnames.py too)."""
    from kg.datafiles import tsv_rows
    from kg.gazetteer import default

    gz = default()
    scripts = {"ar": regex.compile(r"^[\p{Arabic}\s]+$"), "zh": regex.compile(r"^[\p{Han}·]+$")}
    problems = []
    for number, row in tsv_rows("script_names.tsv"):
        if row["kind"] not in ("person", "org", "country") or row["language"] not in scripts:
            problems.append(f"line {number}: unknown kind or language {row['kind']!r} {row['language']!r}")
            continue
        entity = gz.entity(row["kind"], row["ident"])
        if entity is None:
            problems.append(f"line {number}: {row['kind']} {row['ident']!r} is not in the gazetteer")
        elif row["name"] in {text for _, text in entity.labels + entity.alt_labels}:
            problems.append(f"line {number}: {row['name']!r} is a label of {row['ident']} already")
        if not scripts[row["language"]].match(row["name"]):
            problems.append(f"line {number}: {row['name']!r} is not written in {row['language']}'s script")
    assert not problems, "\n".join(problems)


def test_office_holders_rows():
    """kg/data/office_holders.tsv: each person in people.ttl, representing the row's country; days in order; no two
    holders of one office on the same day."""
    from datetime import date

    from kg.datafiles import tsv_rows
    from kg.gazetteer import default

    gz = default()
    problems, spans = [], defaultdict(list)
    for number, row in tsv_rows("office_holders.tsv"):
        where = f"kg/data/office_holders.tsv:{number}"
        entity = gz.entity("person", row["person"])
        if entity is None or entity.country != row["country"]:
            problems.append(f"{where}: {row['person']!r} is no person of people.ttl who represents {row['country']!r}")
        start = date.fromisoformat(row["from"])
        end = date.fromisoformat(row["to"]) if row["to"] else date.max
        if end <= start:
            problems.append(f"{where}: ends before it begins")
        for other_start, other_end, other in spans[(row["country"], row["office"])]:
            if start < other_end and other_start < end:
                problems.append(f"{where}: overlaps line {other}")
        spans[(row["country"], row["office"])].append((start, end, number))
    assert not problems, "\n".join(problems)


def test_principal_channels_rows():
    """kg/data/principal_channels.tsv: countries kg knows, offices office_holders.tsv lists for them, patterns that compile
    and do not match the empty name."""
    from kg.datafiles import tsv_rows
    from kg.gazetteer import default

    gz = default()
    offices = {(row["country"], row["office"]) for _, row in tsv_rows("office_holders.tsv")}
    problems = []
    for number, row in tsv_rows("principal_channels.tsv"):
        where = f"kg/data/principal_channels.tsv:{number}"
        if gz.country(row["country"]) is None or (row["country"], row["office"]) not in offices:
            problems.append(f"{where}: no holders of {row['office']!r} of {row['country']!r}")
        for column in ("channel", "unnamed"):
            try:
                if row[column] and regex.compile(row[column]).fullmatch(""):
                    problems.append(f"{where}: {column} matches the empty name")
            except regex.error as error:
                problems.append(f"{where}: {column}: {error}")
    assert not problems, "\n".join(problems)
