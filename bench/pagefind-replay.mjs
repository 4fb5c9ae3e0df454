// What Pagefind's own pagefind.js downloads for queries, as a browser runs it: its search()
// and the data() of the first ten results (what a results page shows), with fetch() answered
// from the bundle's files and every file it asks for recorded. The Pagefind counterpart of
// src/test/js/search-replay.mjs, for bench/search_bench.py.
//
//   node pagefind-replay.mjs BUNDLE LANG QUERY...
//
// BUNDLE is the folder Pagefind wrote (pagefind.js, pagefind-entry.json, index/, fragment/);
// LANG the page's <html lang>, by which Pagefind picks the index of a language. Prints one JSON
// object per query, one a line: {"query", "hits" (pages found), "shown" (their addresses, the
// first ten), "fetched" ([path, bytes] of each file, in the order asked), "bytes" (their sum
// plus pagefind.js's own size)}. Each query runs in a new instance, as in a new page.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [bundle, lang, ...queries] = process.argv.slice(2);
const base = pathToFileURL(bundle.replace(/\/?$/, '/'));
let fetched = [];
globalThis.fetch = async (address) => {
  const path = fileURLToPath(new URL(String(address).replace(/\?.*$/, ''), base));
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return new Response(null, { status: 404 });
  }
  fetched.push([path.slice(fileURLToPath(base).length), bytes.length]);
  return new Response(bytes, { status: 200 });
};

const pagefind = await import(new URL('pagefind.js', base).href);
// Pagefind reads the language from <html lang>: a stand-in document gives it (set after the
// import, which takes a defined document for a browser's).
globalThis.document = {
  currentScript: null,
  querySelector: (selector) => (selector === 'html' ? { getAttribute: () => lang } : null),
};
const script = statSync(join(fileURLToPath(base), 'pagefind.js')).size;
for (const query of queries) {
  fetched = [];
  const instance = pagefind.createInstance({ basePath: base.href });
  const found = await instance.search(query);
  const shown = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
  process.stdout.write(JSON.stringify({
    query,
    hits: found.results.length,
    shown: shown.map((page) => page.url),
    fetched,
    bytes: fetched.reduce((sum, [, size]) => sum + size, script),
  }) + '\n');
  await instance.destroy();
}
