// Validate RDF data against SHACL shapes with independent JavaScript implementations:
// N3.js parses the Turtle, rdf-validate-shacl (with @zazuko/env as its RDF/JS factory) validates.
//
// Usage: node validate.mjs SHAPES.ttl DATA.ttl [DATA2.ttl ...]
//
// Prints one JSON object on stdout:
//   {"conforms": bool, "triples": <number of distinct data triples>,
//    "results": [{"focusNode", "path", "value", "sourceShape", "sourceConstraintComponent",
//                 "severity", "message": [...]}]}
// Terms are strings: an IRI as the bare IRI, a blank node as "_:id", a literal in N-Triples form
// ("lex", "lex"@lang, "lex"^^<datatype>); a path that is not a single IRI is written in SPARQL
// property-path syntax (e.g. "^<https://w3id.org/tgkg/ontology#reports>"). "message" lists the
// lexical forms of the result's sh:resultMessage values. As in the SHACL specification,
// "conforms" is false as soon as there is any result, warnings included.
//
// Exit status: 0 conforms, 1 does not conform, 2 a file could not be read or parsed (then the
// output is {"error": "FILE: message"}) or the validator failed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import rdf from '@zazuko/env';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const SH = 'http://www.w3.org/ns/shacl#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

function fail(message) {
  process.stdout.write(JSON.stringify({ error: message }) + '\n');
  process.exit(2);
}

function parseFile(file) {
  const path = resolve(file);
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    fail(`${file}: ${err.message}`);
  }
  try {
    // Without a callback, N3.js parses synchronously and throws on the first syntax error.
    const parser = new Parser({ format: 'text/turtle', baseIRI: pathToFileURL(path).href, factory: rdf });
    return parser.parse(text);
  } catch (err) {
    fail(`${file}: ${err.message}`);
  }
}

function escapeLiteral(s) {
  return s.replace(/[\\"\n\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' })[c]);
}

function termString(term) {
  if (!term) return null;
  switch (term.termType) {
    case 'NamedNode':
      return term.value;
    case 'BlankNode':
      return `_:${term.value}`;
    case 'Literal': {
      const lex = `"${escapeLiteral(term.value)}"`;
      if (term.language) return `${lex}@${term.language}`;
      if (!term.datatype || term.datatype.value === XSD_STRING) return lex;
      return `${lex}^^<${term.datatype.value}>`;
    }
    default:
      return term.value;
  }
}

// Render a SHACL property path (as found in the report dataset) in SPARQL syntax.
function pathString(term, dataset, top = true) {
  if (!term) return null;
  if (term.termType === 'NamedNode') return top ? term.value : `<${term.value}>`;
  const one = (p) => {
    const objects = [...dataset.match(term, rdf.namedNode(p), null)].map((q) => q.object);
    return objects.length ? objects[0] : null;
  };
  const list = (head) => {
    const items = [];
    while (head && !(head.termType === 'NamedNode' && head.value === `${RDF}nil`)) {
      const first = [...dataset.match(head, rdf.namedNode(`${RDF}first`), null)][0];
      const rest = [...dataset.match(head, rdf.namedNode(`${RDF}rest`), null)][0];
      if (!first) break;
      items.push(first.object);
      head = rest ? rest.object : null;
    }
    return items;
  };
  const sub = (t) => pathString(t, dataset, false);
  let inner;
  if ((inner = one(`${SH}inversePath`))) return `^${sub(inner)}`;
  if ((inner = one(`${SH}alternativePath`))) return `(${list(inner).map(sub).join('|')})`;
  if ((inner = one(`${SH}zeroOrMorePath`))) return `${sub(inner)}*`;
  if ((inner = one(`${SH}oneOrMorePath`))) return `${sub(inner)}+`;
  if ((inner = one(`${SH}zeroOrOnePath`))) return `${sub(inner)}?`;
  const seq = list(term);
  if (seq.length) return `(${seq.map(sub).join('/')})`;
  return termString(term);
}

const [shapesFile, ...dataFiles] = process.argv.slice(2);
if (!shapesFile || dataFiles.length === 0) {
  process.stderr.write('usage: node validate.mjs SHAPES.ttl DATA.ttl [DATA2.ttl ...]\n');
  process.exit(2);
}

const shapes = rdf.dataset(parseFile(shapesFile));
const data = rdf.dataset();
for (const file of dataFiles) {
  for (const quad of parseFile(file)) data.add(quad);
}

let report;
try {
  const validator = new SHACLValidator(shapes, { factory: rdf });
  report = await validator.validate(data);
} catch (err) {
  fail(`validation failed: ${err.stack || err.message}`);
}

const results = report.results.map((r) => ({
  focusNode: termString(r.focusNode),
  path: pathString(r.path, report.dataset),
  value: termString(r.value),
  sourceShape: termString(r.sourceShape),
  sourceConstraintComponent: termString(r.sourceConstraintComponent),
  severity: termString(r.severity),
  message: r.message.map((m) => m.value),
}));

process.stdout.write(JSON.stringify({ conforms: report.conforms, triples: data.size, results }) + '\n');
process.exit(report.conforms ? 0 : 1);
