// Run a SPARQL query over local RDF files with an independent engine: Comunica
// (@comunica/query-sparql-file, version 4).
//
// Usage: node query.mjs QUERY.rq DATA.ttl [DATA2.ttl ...]
//
// Every DATA file is one source of the query (their union is queried). Prints on stdout:
// - SELECT and ASK: the W3C SPARQL 1.1 Query Results JSON Format (application/sparql-results+json);
// - CONSTRUCT and DESCRIBE: N-Triples (application/n-triples).
// Exit status: 0 on success; 2 when a file cannot be read or the query fails (query or data parse
// error, unsupported form such as an update, ...), with {"error": "message"} on stdout.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import comunica from '@comunica/query-sparql-file';

const { QueryEngine } = comunica;

function fail(message) {
  process.stdout.write(JSON.stringify({ error: message }) + '\n');
  process.exit(2);
}

async function streamToString(stream) {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  return text;
}

const [queryFile, ...dataFiles] = process.argv.slice(2);
if (!queryFile || dataFiles.length === 0) {
  process.stderr.write('usage: node query.mjs QUERY.rq DATA.ttl [DATA2.ttl ...]\n');
  process.exit(2);
}

let query;
try {
  query = readFileSync(resolve(queryFile), 'utf8');
} catch (err) {
  fail(`${queryFile}: ${err.message}`);
}
const sources = dataFiles.map((file) => {
  const path = resolve(file);
  if (!existsSync(path)) fail(`${file}: no such file`);
  return { type: 'file', value: path };
});

try {
  const engine = new QueryEngine();
  const result = await engine.query(query, { sources });
  let mediaType;
  if (result.resultType === 'bindings' || result.resultType === 'boolean') {
    mediaType = 'application/sparql-results+json';
  } else if (result.resultType === 'quads') {
    mediaType = 'application/n-triples';
  } else {
    fail(`${queryFile}: unsupported query result type ${result.resultType} (only SELECT, ASK, CONSTRUCT, DESCRIBE)`);
  }
  const { data } = await engine.resultToString(result, mediaType);
  let text = await streamToString(data);
  if (mediaType === 'application/sparql-results+json') {
    // Keep only the members of the W3C format (Comunica adds its own "metadata" member).
    const { head, results, boolean } = JSON.parse(text);
    text = JSON.stringify(boolean === undefined ? { head, results } : { head, boolean }) + '\n';
  }
  // exit only once the whole answer is written: process.exit() would cut a piped answer at 64 KiB
  process.stdout.write(text, () => process.exit(0));
} catch (err) {
  // Comunica reports query syntax errors and data parse errors alike here.
  fail(`query failed: ${err.message}`);
}
