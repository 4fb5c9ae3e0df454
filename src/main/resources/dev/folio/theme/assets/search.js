// Folio search: looks words up in the index built with the site (search/<lang>.json).
// Chinese is indexed as overlapping two-character pieces (bigrams), other text as words;
// tokens() must stay in step with dev.folio.render.SearchIndex.tokens.
(() => {
  "use strict";
  const page = document.querySelector(".search-page");
  if (!page) return;
  const input = page.querySelector("#search-q");
  const status = page.querySelector(".search-status");
  const list = page.querySelector(".search-results");
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
      else if (WORD.test(ch)) { flushRun(); word += ch; }
      else { flushWord(); flushRun(); }
    }
    flushWord();
    flushRun();
    return out;
  };

  let index = null;
  const load = () => index || (index = fetch(page.dataset.index).then((r) => r.json()));

  // Documents containing every query token, best first (tf·idf); a one-character Chinese
  // query matches every bigram that contains it.
  const search = (data, query) => {
    const terms = [...new Set(tokens(query))];
    if (terms.length === 0) return [];
    const total = data.docs.length;
    let scores = null;
    for (const term of terms) {
      const keys = data.tokens[term] ? [term]
        : ([...term].length === 1 && CJK.test(term) ? Object.keys(data.tokens).filter((k) => k.includes(term)) : []);
      const found = new Map();
      for (const key of keys) {
        const postings = data.tokens[key];
        const idf = Math.log(1 + total / (postings.length / 2));
        for (let i = 0; i < postings.length; i += 2) {
          found.set(postings[i], (found.get(postings[i]) || 0) + postings[i + 1] * idf);
        }
      }
      if (scores === null) scores = found;
      else for (const doc of [...scores.keys()]) {
        if (!found.has(doc)) scores.delete(doc); else scores.set(doc, scores.get(doc) + found.get(doc));
      }
    }
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

  const show = async () => {
    const query = input.value;
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    list.replaceChildren();
    if (!query.trim()) { status.textContent = ""; return; }
    const data = await load();
    const hits = search(data, query);
    status.textContent = hits.length ? page.dataset.results.replace("{n}", hits.length) : page.dataset.none;
    for (const doc of hits.slice(0, 50)) {
      const [href, title, heading, text] = data.docs[doc];
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = page.dataset.root + href;
      link.textContent = heading ? `${title} › ${heading}` : title;
      const snippet = document.createElement("p");
      snippet.append(excerpt(text, query));
      item.append(link, snippet);
      list.append(item);
    }
  };

  let timer = 0;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(show, 120); });
  page.querySelector(".search-form").addEventListener("submit", (event) => { event.preventDefault(); show(); });
  input.value = new URL(location.href).searchParams.get("q") || "";
  status.textContent = "";
  if (input.value) show();
})();
