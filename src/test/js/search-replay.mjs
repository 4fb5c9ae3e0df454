// Replays what the theme's search.js downloads for queries, as a browser runs it: the script's own
// open(), search() and documents() (which search.js exports when it finds no browser document),
// with fetch() answered from a built site's files and every file it asks for recorded.
//
//   node search-replay.mjs SITE LANG QUERY...
//
// prints one JSON object per query, one a line: {"query", "hits" (how many), "order" (the
// numbers of the documents found, best first), "shown" (the
// first ten results: [address, page title, heading]), "fetched" ([path, bytes] of each file
// downloaded, in the order asked, query string left out), "bytes" (their sum plus search.js's
// own size: all a reader downloads for the query)}. Each query starts with an empty cache, as
// in a new page. Used by SearchDownloadsTest and bench/bench.py.
import { createRequire } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const scriptPath = require.resolve('../../main/resources/dev/folio/theme/assets/search.js');
const { open } = require(scriptPath);
const [site, lang, ...queries] = process.argv.slice(2);
const SHOWN = 10;

let fetched = [];
globalThis.fetch = async (address) => {
  const path = address.replace(/\?.*$/, '');
  let bytes;
  try {
    bytes = readFileSync(join(site, path));
  } catch {
    return new Response(null, { status: 404 });
  }
  fetched.push([path, bytes.length]);
  return new Response(bytes, { status: 200 });
};

const script = statSync(scriptPath).size;
for (const query of queries) {
  fetched = [];
  const index = open(`search/${lang}/index.json`);
  const hits = await index.search(query);
  const shown = await index.documents(hits.slice(0, SHOWN));
  const bytes = fetched.reduce((sum, [, size]) => sum + size, script);
  process.stdout.write(JSON.stringify({
    query,
    hits: hits.length,
    order: hits,
    shown: shown.map(([address, title, heading]) => [address, title, heading]),
    fetched,
    bytes,
  }) + '\n');
}
