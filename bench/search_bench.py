"""The search index of a generated corpus, Folio's beside Pagefind's (bench/run --pagefind).

Folio writes its index with the site (search/LANG/: index.json, tokens/*.bin, docs/*.bin, read
by assets/search.js); Pagefind indexes the built site afterwards (`pagefind --site OUT`). For
each corpus size, right after Folio's build: Pagefind on that build's output (wall time, CPU
time, peak memory, from os.wait4), then of both the bytes on disk, the bytes a web server sends
with gzip (GitHub Pages compresses .json, .js and .css; Folio's .bin and Pagefind's files are
compressed already), and what a typical query downloads: each tool's own script run in Node.js
with its fetches answered from the files and counted (src/test/js/search-replay.mjs for
search.js, bench/pagefind-replay.mjs for pagefind.js), the script itself included.
"""

import glob
import gzip
import json
import os
import re
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FOLIO_REPLAY = os.path.join(ROOT, "src", "test", "js", "search-replay.mjs")
PAGEFIND_REPLAY = os.path.join(HERE, "pagefind-replay.mjs")
SEARCH_JS = os.path.join(ROOT, "src", "main", "resources", "dev", "folio", "theme", "assets",
                         "search.js")

# A two-word English query and a two-character Chinese one: words every page of the corpus
# draws from (bench/gen_corpus.py), so that each finds thousands of sections.
QUERIES = (("en", "inference cost"), ("zh", "模型"))

# Pagefind's files that show results (its UI), not needed to search: left out of its index.
PAGEFIND_UI = re.compile(r"^pagefind-(component-ui|modular-ui|ui|highlight)\.")

SERVED_GZIP = (".json", ".js", ".css", ".html")


def find_pagefind(path):
    """The Pagefind binary: PATH itself, or the one that `npm install --prefix PATH pagefind`
    put under PATH (the extended one, which segments Chinese and Japanese, first)."""
    if os.path.isfile(path) and os.access(path, os.X_OK):
        return path
    for name in ("pagefind_extended", "pagefind"):
        for pattern in ("node_modules/@pagefind/*/bin/", "@pagefind/*/bin/", "*/bin/", ""):
            for found in sorted(glob.glob(os.path.join(path, pattern + name))):
                if os.access(found, os.X_OK):
                    return found
    return None


def pagefind_label(binary):
    """"Pagefind 1.6.0 (extended)", from `pagefind --version`."""
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True,
                             timeout=60).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        out = ""
    version = out.split()[-1] if out else "(version unknown)"
    return "Pagefind %s%s" % (version, " (extended)" if "extended" in
                              os.path.basename(binary) else "")


def served(path, size):
    """The bytes a server that gzips text types sends for a file."""
    if not path.endswith(SERVED_GZIP):
        return size
    with open(path, "rb") as f:
        return len(gzip.compress(f.read(), 6))


def sizes(files):
    """{files, bytes, served} of (path, group) pairs, in all and per group."""
    total = {"files": 0, "bytes": 0, "served": 0, "groups": {}}
    for path, group in files:
        size = os.path.getsize(path)
        sent = served(path, size)
        for into in (total, total["groups"].setdefault(group, {"files": 0, "bytes": 0,
                                                               "served": 0})):
            into["files"] += 1
            into["bytes"] += size
            into["served"] += sent
    return total


def folio_index(site):
    """Folio's index of each language (search/LANG/) and its script (assets/search.js)."""
    files = [(os.path.join(site, "assets", "search.js"), "script")]
    for lang in sorted(os.listdir(os.path.join(site, "search"))):
        for dirpath, _, names in os.walk(os.path.join(site, "search", lang)):
            files += [(os.path.join(dirpath, n), lang) for n in names]
    return sizes(files)


def pagefind_index(bundle):
    """Pagefind's bundle but its UI: pagefind.js, its worker and WebAssembly, the entry file,
    each language's metadata, index chunks and fragments (grouped by language)."""
    files = []
    for dirpath, _, names in os.walk(bundle):
        for n in names:
            if PAGEFIND_UI.match(n):
                continue
            m = re.match(r"^(?:pagefind\.)?([a-z-]+)_[0-9a-f]+\.pf_", n)
            files.append((os.path.join(dirpath, n), m.group(1) if m else "script"))
    return sizes(files)


def html_lang(site, folder):
    """The lang attribute of a language's home page: Pagefind names its index by it."""
    try:
        with open(os.path.join(site, folder, "index.html"), encoding="utf-8") as f:
            m = re.search(r'<html[^>]*\blang="([^"]+)"', f.read(4096))
        return m.group(1) if m else folder
    except OSError:
        return folder


def replay(script, where, lang, query, problems, what):
    """One query run by a search script in Node.js: its JSON line, or None (a problem)."""
    try:
        p = subprocess.run(["node", script, where, lang, query], capture_output=True,
                           text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        problems.append(("%s: %s" % (what, e), []))
        return None
    if p.returncode != 0 or not p.stdout.strip():
        problems.append(("%s: exit code %d" % (what, p.returncode),
                         (p.stderr or p.stdout).splitlines()[:12]))
        return None
    return json.loads(p.stdout.splitlines()[0])


def measure_search(a, measure, site, n, r, tmp, problems, log, bundle=None):
    """After Folio's run r of the corpus of n pages (its output in site): Pagefind on it and,
    on the first run, the bytes of both indexes and of the queries. Pagefind writes into bundle,
    a new folder the caller deletes later (deleting files right before a build slows it); with
    none, into TMP/pagefind-N, deleted at once. Pagefind runs only on corpora of at most
    a.pagefind_max pages (its memory grows with the site: 3.4 GB at 10,000 pages here)."""
    out = {"n": n, "run": r, "pagefind": None}
    own = bundle is None
    pagefind = a.pagefind if n <= a.pagefind_max else None
    if pagefind:
        if own:
            bundle = os.path.join(tmp, "pagefind-%d" % n)
            shutil.rmtree(bundle, ignore_errors=True)
        run = measure([pagefind, "--site", site, "--output-path", bundle, "--root-selector",
                       "main", "--quiet"], os.path.join(tmp, "log-pagefind-%d-%d" % (n, r)),
                      bundle, a.timeout)
        log("  %5d pages  run %d/%d  pagefind  %5.2f s wall  %7.2f s cpu  %6.0f MiB  %s"
            % (n, r, a.runs, run.wall, run.cpu, run.maxrss_kib / 1024,
               "ok" if run.ok else "exit %d" % run.rc))
        if not run.ok:
            problems.append(("%s, %d pages, run %d: exit code %d" % (a.pagefind_label, n, r,
                                                                     run.rc),
                             (run.stderr or run.stdout).splitlines()[:12]))
        out["pagefind"] = run
    if r == 1:
        out["folio_index"] = folio_index(site)
        out["queries"] = []
        have_node = shutil.which("node") is not None
        if not have_node:
            problems.append(("node is not on PATH: no query was replayed", []))
        for folder, query in QUERIES if have_node else ():
            f = replay(FOLIO_REPLAY, site, folder, query, problems,
                       "search.js replaying %r, %d pages" % (query, n))
            p = None
            if pagefind and out["pagefind"].ok:
                p = replay(PAGEFIND_REPLAY, bundle, html_lang(site, folder), query, problems,
                           "pagefind.js replaying %r, %d pages" % (query, n))
            out["queries"].append((folder, query, f, p))
        if pagefind and out["pagefind"].ok:
            out["pagefind_index"] = pagefind_index(bundle)
    if pagefind and own:
        shutil.rmtree(bundle, ignore_errors=True)
    return out


def kb(v):
    return "—" if v is None else "{:,.0f} kB".format(v / 1000)


def mb(v):
    return "—" if v is None else "{:,.1f} MB".format(v / 1e6)


def search_table(results, a, median):
    """The Markdown table of the search section: per size, indexing, index bytes, queries."""
    label = a.pagefind_label if a.pagefind else None
    lines = ["| Pages | Metric | Folio | %s | Folio/%s |" % (label or "Pagefind (not run)",
                                                          "Pagefind"),
             "|--:|:--|--:|--:|--:|"]

    def row(n, metric, f, p, ratio=True, fmt=mb):
        r = ("%.2f" % (f / p)) if ratio and f is not None and p else ""
        lines.append("| %d | %s | %s | %s | %s |" % (n, metric, fmt(f) if f is not None else
                                                       "—", fmt(p) if p is not None else "—", r))

    for res in results:
        n = res["n"]
        first = res["search"][0] if res["search"] else None
        if not first or "folio_index" not in first:
            continue
        pf_runs = [s["pagefind"] for s in res["search"] if s["pagefind"] and s["pagefind"].ok]
        if pf_runs:
            row(n, "Indexing: wall (median of %d)" % len(pf_runs), None,
                median([x.wall for x in pf_runs]), False, lambda v: "%.2f s" % v)
            row(n, "Indexing: CPU", None, median([x.cpu for x in pf_runs]), False,
                lambda v: "%.2f s" % v)
            row(n, "Indexing: peak memory", None,
                median([x.maxrss_kib for x in pf_runs]) * 1024, False,
                lambda v: "%.0f MiB" % (v / 1048576))
        fi, pi = first["folio_index"], first.get("pagefind_index")
        row(n, "Index files, script included", fi["files"], pi and pi["files"], True,
            lambda v: "{:,}".format(v))
        row(n, "Index bytes on disk, script included", fi["bytes"], pi and pi["bytes"])
        for folder, pf_lang in (("zh", "zh-cn"), ("en", "en")):
            f = fi["groups"].get(folder)
            p = pi and pi["groups"].get(pf_lang)
            row(n, "… of which %s" % folder, f and f["bytes"], p and p["bytes"])
        row(n, "Index bytes served with gzip", fi["served"], pi and pi["served"])
        for folder, query, f, p in first["queries"]:
            row(n, "Query %s (%s): bytes, script included" % (query, folder),
                f and f["bytes"], p and p["bytes"], True, kb)
            row(n, "… files downloaded", f and len(f["fetched"]) + 1,
                p and len(p["fetched"]) + 1, False, lambda v: "%d" % v)
            row(n, "… results (Folio: sections; Pagefind: pages)", f and f["hits"],
                p and p["hits"], False, lambda v: "{:,}".format(v))
    return "\n".join(lines)
