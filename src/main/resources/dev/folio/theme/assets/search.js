// Folio search: looks words up in the index built with the site (search/<lang>/), which is
// split so that a query downloads only what it needs: index.json (a few numbers), the shard of
// each query token (tokens/N.json, chosen by a hash of the token) and the chunks holding the
// results shown (docs/N.json). Chinese is indexed as overlapping two-character pieces
// (bigrams), other text as words; tokens() and shardOf() must stay in step with
// dev.folio.render.SearchIndex.
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

  // Outside a browser (Node.js, in the tests: src/test/js/search-tokens.mjs), only these two.
  if (typeof document === "undefined") {
    module.exports = { tokens, shardOf };
    return;
  }
  const page = document.querySelector(".search-page");
  if (!page) return;
  const input = page.querySelector("#search-q");
  const status = page.querySelector(".search-status");
  const list = page.querySelector(".search-results");
  const more = page.querySelector(".search-more");
  const PAGE = 10;

  const base = page.dataset.index.replace(/[^/]*$/, "");
  const cache = new Map();
  const json = (path) => {
    if (!cache.has(path)) {
      cache.set(path, fetch(path).then((r) => {
        if (!r.ok) throw new Error(`${path}: ${r.status}`);
        return r.json();
      }));
    }
    return cache.get(path);
  };
  const manifest = () => json(page.dataset.index);
  const file = (index, folder, n) => json(`${base}${folder}/${n}.json?v=${index.id}`);

  // A token's documents and counts; the shard stores each document number as the gap from the
  // one before.
  const postings = (entry, into, idf) => {
    let doc = 0;
    for (let i = 0; i < entry.length; i += 2) {
      doc += entry[i];
      into.set(doc, (into.get(doc) || 0) + entry[i + 1] * idf);
    }
  };

  // Documents containing every query token, best first (tf·idf); a one-character Chinese
  // query matches every token that starts with it (the index adds each run's last character).
  const search = async (index, query) => {
    const terms = [...new Set(tokens(query))];
    if (terms.length === 0) return [];
    const shards = await Promise.all(terms.map((term) => file(index, "tokens", shardOf(term, index.shards))));
    let scores = null;
    terms.forEach((term, t) => {
      const shard = shards[t];
      const single = [...term].length === 1 && CJK.test(term);
      const keys = single ? Object.keys(shard).filter((k) => k.startsWith(term)) : (term in shard ? [term] : []);
      const found = new Map();
      for (const key of keys) {
        postings(shard[key], found, Math.log(1 + index.docs / (shard[key].length / 2)));
      }
      if (scores === null) scores = found;
      else for (const doc of [...scores.keys()]) {
        if (!found.has(doc)) scores.delete(doc); else scores.set(doc, scores.get(doc) + found.get(doc));
      }
    });
    return [...scores.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);
  };

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

  let shown = { query: null, hits: [], count: 0, index: null };

  // The next PAGE results: only their chunks are downloaded.
  const showMore = async () => {
    const current = shown;
    const { query, hits, index } = current;
    const docs = hits.slice(current.count, current.count + PAGE);
    current.count += docs.length;
    const chunks = await Promise.all(docs.map((doc) => file(index, "docs", Math.floor(doc / index.span))));
    if (shown !== current) return;
    docs.forEach((doc, i) => {
      // A site of several reports adds the report's title to each document.
      const [href, title, heading, text, report] = chunks[i][doc % index.span];
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
    });
    more.hidden = current.count >= hits.length;
  };

  const show = async () => {
    const query = input.value;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    const current = shown = { query, hits: [], count: 0, index: null };
    list.replaceChildren();
    more.hidden = true;
    if (!query.trim()) { status.textContent = ""; return; }
    current.index = await manifest();
    current.hits = await search(current.index, query);
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
