"""The ontology (ontology/kg.ttl): it parses, it declares every term of the graph contract with a
label and a comment, it is aligned with public vocabularies, and it stays light (no blank nodes,
no OWL restrictions)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

ROOT = Path(__file__).resolve().parent.parent
KG_TTL = ROOT / "ontology" / "kg.ttl"
SHAPES_TTL = ROOT / "ontology" / "shapes.ttl"
GOOD_TTL = Path(__file__).resolve().parent / "data" / "shapes" / "good.ttl"

KG = Namespace("https://w3id.org/tgkg/ontology#")
ONTOLOGY = URIRef("https://w3id.org/tgkg/ontology")
VANN = Namespace("http://purl.org/vocab/vann/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # a plain Namespace: rdflib's XSD warns when pytest probes it

# The terms of the graph contract (docs/graph-contract.md), copied here: users query these, so
# they must never be renamed or dropped.
CONTRACT_CLASSES = {
    "Post", "Channel", "Event", "Person", "Organisation", "Place", "City", "Country", "Hashtag",
}
CONTRACT_EVENT_TYPES = {
    "Statement", "Interview", "PressConference", "Briefing", "Meeting", "PhoneCall", "Visit",
    "MultilateralMeeting", "Consultations", "Commentary", "Announcement", "Summary", "Other",
}
# property -> (kind, domain, range)
CONTRACT_PROPERTIES = {
    # a post
    "text": (OWL.DatatypeProperty, KG.Post, RDFS.Literal),
    "title": (OWL.DatatypeProperty, KG.Post, RDFS.Literal),
    "channel": (OWL.ObjectProperty, KG.Post, KG.Channel),
    "forwardedFrom": (OWL.ObjectProperty, KG.Post, KG.Channel),
    "messageId": (OWL.DatatypeProperty, KG.Post, XSD.integer),
    "published": (OWL.DatatypeProperty, KG.Post, XSD.dateTime),
    "sourceFile": (OWL.DatatypeProperty, KG.Post, XSD.string),
    "startLine": (OWL.DatatypeProperty, KG.Post, XSD.integer),
    "endLine": (OWL.DatatypeProperty, KG.Post, XSD.integer),
    "hashtag": (OWL.ObjectProperty, KG.Post, KG.Hashtag),
    "reports": (OWL.ObjectProperty, KG.Post, KG.Event),
    "mentions": (OWL.ObjectProperty, KG.Post, None),
    # an event
    "eventType": (OWL.ObjectProperty, KG.Event, KG.EventType),
    "date": (OWL.DatatypeProperty, KG.Event, XSD.date),
    "endDate": (OWL.DatatypeProperty, KG.Event, XSD.date),
    "dateInferred": (OWL.DatatypeProperty, KG.Event, XSD.boolean),
    "location": (OWL.ObjectProperty, KG.Event, KG.Place),
    "speaker": (OWL.ObjectProperty, KG.Event, KG.Person),
    "participant": (OWL.ObjectProperty, KG.Event, KG.Person),
    "organisation": (OWL.ObjectProperty, KG.Event, KG.Organisation),
    "country": (OWL.ObjectProperty, KG.Event, KG.Country),
    # entities
    "tag": (OWL.DatatypeProperty, KG.Hashtag, XSD.string),
    "denotes": (OWL.ObjectProperty, KG.Hashtag, None),
}
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def kg() -> Graph:
    return Graph().parse(KG_TTL, format="turtle")


def _kg_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and s.startswith(str(KG))}


def _en(g: Graph, term: URIRef, prop: URIRef) -> list[Literal]:
    return [o for o in g.objects(term, prop) if isinstance(o, Literal) and o.language == "en"]


# ---------------------------------------------------------------------------------------------
# Parsing and header


def test_parses_with_rdflib(kg):
    assert len(kg) > 100


def test_parses_with_pyoxigraph(kg):
    quads = list(pyoxigraph.parse(path=str(KG_TTL), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(kg)


def test_ontology_header(kg):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in kg
    assert kg.value(ONTOLOGY, OWL.versionInfo) == Literal("0.1.0")
    assert isinstance(kg.value(ONTOLOGY, OWL.versionIRI), URIRef)
    for prop in (DCTERMS.title, DCTERMS.description):
        assert _en(kg, ONTOLOGY, prop), f"ontology needs {prop} in English"
    assert isinstance(kg.value(ONTOLOGY, DCTERMS.license), URIRef)
    assert kg.value(ONTOLOGY, VANN.preferredNamespacePrefix) == Literal("kg")


def test_no_blank_nodes(kg):
    assert [n for n in kg.all_nodes() if isinstance(n, BNode)] == []


def test_stays_light(kg):
    heavy = {
        OWL.Restriction, OWL.unionOf, OWL.intersectionOf, OWL.equivalentClass, OWL.disjointWith,
        OWL.allValuesFrom, OWL.someValuesFrom, OWL.cardinality, OWL.imports,
    }
    used = set(kg.predicates()) | set(kg.objects(None, RDF.type))
    assert used & heavy == set()


# ---------------------------------------------------------------------------------------------
# The contract


@pytest.mark.parametrize("name", sorted(CONTRACT_CLASSES))
def test_contract_class_is_declared(kg, name):
    assert (KG[name], RDF.type, OWL.Class) in kg


def test_city_and_country_are_places(kg):
    assert (KG.City, RDFS.subClassOf, KG.Place) in kg
    assert (KG.Country, RDFS.subClassOf, KG.Place) in kg


@pytest.mark.parametrize("name", sorted(CONTRACT_PROPERTIES))
def test_contract_property_is_declared(kg, name):
    kind, domain, range_ = CONTRACT_PROPERTIES[name]
    term = KG[name]
    assert (term, RDF.type, kind) in kg
    assert kg.value(term, RDFS.domain) == domain
    if range_ is not None:
        assert kg.value(term, RDFS.range) == range_


@pytest.mark.parametrize("name", sorted(CONTRACT_EVENT_TYPES))
def test_contract_event_type_is_declared(kg, name):
    term = KG[name]
    assert (term, RDF.type, SKOS.Concept) in kg
    assert (term, RDF.type, KG.EventType) in kg
    assert (term, SKOS.inScheme, KG.EventTypes) in kg
    assert (KG.EventTypes, SKOS.hasTopConcept, term) in kg
    assert len(_en(kg, term, SKOS.prefLabel)) == 1
    assert _en(kg, term, SKOS.definition)


def test_event_type_scheme_is_exactly_the_contract_list(kg):
    assert (KG.EventTypes, RDF.type, SKOS.ConceptScheme) in kg
    members = {str(t)[len(str(KG)):] for t in kg.subjects(SKOS.inScheme, KG.EventTypes)}
    tops = {str(t)[len(str(KG)):] for t in kg.objects(KG.EventTypes, SKOS.hasTopConcept)}
    typed = {str(t)[len(str(KG)):] for t in kg.subjects(RDF.type, KG.EventType)}
    assert members == tops == typed == CONTRACT_EVENT_TYPES
    assert (KG.EventType, RDFS.subClassOf, SKOS.Concept) in kg


def test_every_contract_term_is_there():
    # A guard against editing the literal sets above by mistake.
    assert len(CONTRACT_CLASSES) == 9 and len(CONTRACT_EVENT_TYPES) == 13
    assert len(CONTRACT_PROPERTIES) == 23


# ---------------------------------------------------------------------------------------------
# Every kg: term is documented, typed and, for properties, has a domain and a range


def test_every_term_has_one_english_label_and_a_comment(kg):
    terms = _kg_terms(kg)
    assert len(terms) > 50
    for term in terms:
        assert len(_en(kg, term, RDFS.label)) == 1, f"{term}: needs exactly one rdfs:label@en"
        comments = _en(kg, term, RDFS.comment)
        assert len(comments) == 1, f"{term}: needs exactly one rdfs:comment@en"
        assert len(comments[0]) >= 40, f"{term}: the comment is too short to help a newcomer"
        assert (term, RDFS.isDefinedBy, ONTOLOGY) in kg


def test_every_term_has_a_type(kg):
    known = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, KG.EventType, SKOS.ConceptScheme}
    for term in _kg_terms(kg):
        assert set(kg.objects(term, RDF.type)) & known, f"{term} has no declared type"


def test_every_property_has_a_domain_and_a_range(kg):
    properties = {p for t in PROPERTY_TYPES for p in kg.subjects(RDF.type, t)}
    assert len(properties) >= 32
    classes = set(kg.subjects(RDF.type, OWL.Class))
    for prop in properties:
        domains = list(kg.objects(prop, RDFS.domain))
        ranges = list(kg.objects(prop, RDFS.range))
        # owl:Thing where the property serves several classes (kg:nameKey: people, places, hashtags...)
        assert len(domains) == 1 and (domains[0] in classes or domains[0] == OWL.Thing), f"{prop}: needs one kg: class as domain"
        assert len(ranges) == 1, f"{prop}: needs one range"
        if (prop, RDF.type, OWL.DatatypeProperty) in kg:
            assert ranges[0] == RDFS.Literal or ranges[0].startswith(str(XSD)), prop
        else:
            assert ranges[0] in classes or ranges[0] == OWL.Thing, prop


def test_every_kg_term_used_in_the_shapes_is_declared(kg):
    shapes = Graph().parse(SHAPES_TTL, format="turtle")
    used = {n for n in shapes.all_nodes() if isinstance(n, URIRef) and n.startswith(str(KG))}
    used |= {p for p in shapes.predicates() if p.startswith(str(KG))}
    assert used, "shapes.ttl uses no kg: term?"
    declared = _kg_terms(kg)
    assert used - declared == set()


# ---------------------------------------------------------------------------------------------
# Alignment with public vocabularies

ALIGNED_NAMESPACES = {
    "schema": ("http://schema.org/",),
    "sem": ("http://semanticweb.cs.vu.nl/2009/11/sem/",),
    "prov": ("http://www.w3.org/ns/prov#",),
    "sioc": ("http://rdfs.org/sioc/ns#",),
    "skos": ("http://www.w3.org/2004/02/skos/core#",),
    "foaf or org": ("http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/org#"),
}


@pytest.mark.parametrize("name", sorted(ALIGNED_NAMESPACES))
def test_aligned_with(kg, name):
    targets = [
        o
        for p in (RDFS.subClassOf, RDFS.subPropertyOf)
        for s, o in kg.subject_objects(p)
        if s.startswith(str(KG))
    ]
    assert any(str(o).startswith(ALIGNED_NAMESPACES[name]) for o in targets), f"nothing aligned with {name}"


def test_schema_org_uses_http(kg):
    assert not [o for o in kg.all_nodes() if str(o).startswith("https://schema.org/")]


def test_schema_org_query_works_after_rdfs_inference(kg):
    import owlrl

    g = Graph().parse(GOOD_TTL, format="turtle")
    g += kg
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(g)
    rows = list(
        g.query(
            """
            PREFIX schema: <http://schema.org/>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX sioc: <http://rdfs.org/sioc/ns#>
            SELECT ?post ?headline ?start ?city ?who WHERE {
                ?post a schema:SocialMediaPosting, sioc:Post ;
                      schema:headline ?headline ;
                      schema:about ?event .
                ?event a schema:Event, sem:Event ;
                       schema:startDate ?start ;
                       schema:location ?city ;
                       sem:hasActor ?who .
                ?city a schema:City, schema:Place .
                ?who a schema:Person .
            }
            """
        )
    )
    assert {(str(r.city), str(r.who)) for r in rows} >= {
        ("https://w3id.org/tgkg/id/place/551487", "https://w3id.org/tgkg/id/person/vladimir-putin"),
        ("https://w3id.org/tgkg/id/place/1816670", "https://w3id.org/tgkg/id/person/sergey-lavrov"),
    }
