// Folio search: looks words up in the index built with the site (search/<lang>/), which is
// split so that a query downloads only what it needs: index.json (a few numbers), the shard of
// each query token (tokens/N.bin, chosen by a hash of the token) and the chunks holding the
// results shown (docs/N.bin). Shards and chunks are deflated; DecompressionStream inflates them.
// Chinese is indexed as overlapping two-character pieces (bigrams), other text as words;
// tokens() and shardOf() must stay in step with dev.folio.output.SearchIndex.
(() => {
  "use strict";
  const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  const WORD = /[\p{L}\p{Nd}]/u;

  const tokens = (text) => {
    const out = [];
    let word = "";
    let run = [];
    const flushWord = () => { if (word) { out.push(word); word = ""; } };
    const flushRun = () => {
      if (run.length === 1) out.push(run[0]);
      for (let i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
      run = [];
    };
    for (const ch of text.normalize("NFKC").toLowerCase()) {
      if (CJK.test(ch)) { flushWord(); run.push(ch); }
      else { flushRun(); if (WORD.test(ch)) word += ch; else flushWord(); }
    }
    flushWord();
    flushRun();
    return out;
  };

  // FNV-1a over the UTF-16 code units of the token (of its first character if that is CJK).
  const shardOf = (token, shards) => {
    const first = String.fromCodePoint(token.codePointAt(0));
    const key = CJK.test(first) ? first : token;
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % shards;
  };

  // An unsigned LEB128 varint at reader.at: 7 bits a byte, low first.
  const varint = (reader) => {
    let value = 0;
    let scale = 1;
    let b;
    do {
      b = reader.bytes[reader.at++];
      value += (b & 0x7f) * scale;
      scale *= 128;
    } while (b & 0x80);
    return value;
  };

  // A shard, inflated: per token its UTF-8 length and bytes, the number n of its documents, n
  // gaps between document numbers (the first is the number), then n counts. Read into a map of
  // token → where its postings start and how many.
  const utf8 = new TextDecoder();
  const readShard = (bytes) => {
    const reader = { bytes, at: 0 };
    const entries = new Map();
    while (reader.at < bytes.length) {
      const length = varint(reader);
      const token = utf8.decode(bytes.subarray(reader.at, reader.at + length));
      reader.at += length;
      const n = varint(reader);
      entries.set(token, { at: reader.at, n });
      for (let skip = 2 * n; skip > 0; skip--) while (bytes[reader.at++] & 0x80);
    }
    return { bytes, entries };
  };

  // A token's documents, each with its count × idf added to into.
  const postings = (shard, entry, into, idf) => {
    const reader = { bytes: shard.bytes, at: entry.at };
    const docs = new Array(entry.n);
    for (let i = 0, doc = 0; i < entry.n; i++) docs[i] = doc += varint(reader);
    for (let i = 0; i < entry.n; i++) into.set(docs[i], (into.get(docs[i]) || 0) + varint(reader) * idf);
  };

  const inflate = async (response) => new Uint8Array(
    await new Response(response.body.pipeThrough(new DecompressionStream("deflate"))).arrayBuffer());

  // The index whose manifest is at address indexUrl: search(query) gives the numbers of the
  // documents found, best first; documents(numbers) gives those documents, downloading only
  // their chunks. Every file is downloaded once.
  const open = (indexUrl) => {
    const base = indexUrl.replace(/[^/]*$/, "");
    const cache = new Map();
    const load = (path, read) => {
      if (!cache.has(path)) {
        cache.set(path, fetch(path).then((r) => {
          if (!r.ok) throw new Error(`${path}: ${r.status}`);
          return read(r);
        }));
      }
      return cache.get(path);
    };
    const manifest = () => load(indexUrl, (r) => r.json());
    const file = (index, folder, n, read) => load(`${base}${folder}/${n}.bin?v=${index.id}`, read);

    // Documents containing every query token, best first (tf·idf); a one-character Chinese
    // query matches every token that starts with it (the index adds each run's last character).
    const search = async (query) => {
      const terms = [...new Set(tokens(query))];
      if (terms.length === 0) return [];
      const index = await manifest();
      const shards = await Promise.all(terms.map((term) =>
        file(index, "tokens", shardOf(term, index.shards), async (r) => readShard(await inflate(r)))));
      let scores = null;
      terms.forEach((term, t) => {
        const shard = shards[t];
        const single = [...term].length === 1 && CJK.test(term);
        const keys = single ? [...shard.entries.keys()].filter((k) => k.startsWith(term))
          : (shard.entries.has(term) ? [term] : []);
        const found = new Map();
        for (const key of keys) {
          const entry = shard.entries.get(key);
          postings(shard, entry, found, Math.log(1 + index.docs / entry.n));
        }
        if (scores === null) scores = found;
        else for (const doc of [...scores.keys()]) {
          if (!found.has(doc)) scores.delete(doc); else scores.set(doc, scores.get(doc) + found.get(doc));
        }
      });
      return [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);
    };

    // Each document as [address, page title, heading, text] (in a site of several reports, and
    // the report's title).
    const documents = async (docs) => {
      const index = await manifest();
      const chunks = await Promise.all(docs.map((doc) => file(index, "docs", Math.floor(doc / index.span),
        async (r) => JSON.parse(utf8.decode(await inflate(r))))));
      return docs.map((doc, i) => chunks[i][doc % index.span]);
    };
    return { search, documents };
  };

  // Outside a browser (Node.js, in the tests: src/test/js/), only these.
  if (typeof document === "undefined") {
    module.exports = { tokens, shardOf, open };
    return;
  }
  const page = document.querySelector(".search-page");
  if (!page) return;
  const input = page.querySelector("#search-q");
  const status = page.querySelector(".search-status");
  const list = page.querySelector(".search-results");
  const more = page.querySelector(".search-more");
  const PAGE = 10;
  const index = open(page.dataset.index);

  const excerpt = (text, query) => {
    const lower = text.toLowerCase();
    const needles = [query.trim().toLowerCase(), ...tokens(query)].filter(Boolean);
    let at = -1;
    let needle = "";
    for (const n of needles) { at = lower.indexOf(n); if (at >= 0) { needle = n; break; } }
    const start = Math.max(0, at - 40);
    const fragment = document.createDocumentFragment();
    if (at < 0) { fragment.append(text.slice(0, 120)); return fragment; }
    fragment.append((start > 0 ? "…" : "") + text.slice(start, at));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + needle.length);
    fragment.append(mark, text.slice(at + needle.length, at + needle.length + 80) + "…");
    return fragment;
  };

  let shown = { query: null, hits: [], count: 0 };

  // The next PAGE results: only their chunks are downloaded.
  const showMore = async () => {
    const current = shown;
    const { query, hits } = current;
    const docs = hits.slice(current.count, current.count + PAGE);
    current.count += docs.length;
    const found = await index.documents(docs);
    if (shown !== current) return;
    for (const [href, title, heading, text, report] of found) {
      // A site of several reports adds the report's title to each document.
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = page.dataset.root + href;
      link.textContent = heading ? `${title} › ${heading}` : title;
      const snippet = document.createElement("p");
      snippet.append(excerpt(text, query));
      if (report) {
        const from = document.createElement("p");
        from.className = "search-report";
        from.textContent = report;
        item.append(from);
      }
      item.append(link, snippet);
      list.append(item);
    }
    more.hidden = current.count >= hits.length;
  };

  const show = async () => {
    const query = input.value;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    const current = shown = { query, hits: [], count: 0 };
    list.replaceChildren();
    more.hidden = true;
    if (!query.trim()) { status.textContent = ""; return; }
    current.hits = await index.search(query);
    if (shown !== current) return;
    const hits = current.hits;
    status.textContent = hits.length ? page.dataset.results.replace("{n}", hits.length) : page.dataset.none;
    await showMore();
  };

  let timer = 0;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(show, 120); });
  page.querySelector(".search-form").addEventListener("submit", (event) => { event.preventDefault(); show(); });
  more.querySelector("button").addEventListener("click", () => showMore());
  input.value = new URL(location.href).searchParams.get("q") || "";
  status.textContent = "";
  if (input.value) show();
})();
