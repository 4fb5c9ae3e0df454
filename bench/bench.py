#!/usr/bin/env python3
"""Folio's benchmark harness; run it through bench/run (see bench/README.md).

Measures, with nothing but the Python standard library:
  1. generated corpora of N pages, built in turn by Folio and by Hugo in three variants of its
     navigation (none, cached with partialCached, the uncached partial as before): wall time,
     CPU time (user+sys), peak resident memory and bytes written, medians, Folio's ratio to
     each Hugo (labelled with it), throughput, and a growth curve with a linear fit and its
     projection to 100,000 pages;
  2. the report's own build (`bin/folio build --source <repository>`) against an empty JVM
     start (`java -version`);
  3. the dev server's edit loop, on the report and on a 1,000-page corpus: time from a file
     write to the `event: reload` message;
  4. history from git: this repository's and a synthetic long one (bench/gen_history.py), read
     in one JVM (cold and warm) and as `check` pays it (against `check --no-history`);
  5. with --pagefind (or --search), the search index of each corpus, Folio's beside Pagefind's
     on the same built site (bench/search_bench.py).

Folio runs through its launcher bin/folio (the class-data-sharing archive and JIT settings a
user gets), or with plain `java -jar` under --plain-java.

Every measured build writes into a new output folder; all are deleted after the last
measurement (class Outputs: deleting thousands of files right before a build slows it on ext4).

CPU time and peak RSS come from os.wait4(), the kernel's rusage of exactly that child process
(the same accounting as GNU time's %U %S %M and getrusage(RUSAGE_CHILDREN)).
"""

import argparse
import atexit
import datetime
import filecmp
import hashlib
import http.client
import itertools
import json
import os
import platform
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True  # no bench/__pycache__ in the repository
sys.path.insert(0, HERE)
import gen_corpus
import gen_history
import gen_reports
import search_bench

RUNNING = []  # child processes to end if we are stopped


def jdk_tool(name):
    """A tool of the Java bin/folio runs (JAVA_HOME's, else the one on PATH): `java -version`,
    the floor, must be the same Java as Folio's."""
    home = os.environ.get("JAVA_HOME")
    return os.path.join(home, "bin", name) if home else name


def log(msg):
    print("bench: " + msg, file=sys.stderr, flush=True)


def stop_children():
    for p in list(RUNNING):
        if p.poll() is None:
            try:
                if getattr(p, "own_group", False):
                    os.killpg(p.pid, signal.SIGTERM)
                else:
                    p.terminate()
                p.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    p.kill()
                except ProcessLookupError:
                    pass
            except Exception:
                pass
        if p in RUNNING:
            RUNNING.remove(p)


def spin():
    """A process that keeps one CPU busy until it is killed (--busy)."""
    p = subprocess.Popen([sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL)
    RUNNING.append(p)
    return p


def on_signal(signum, frame):
    raise SystemExit(128 + signum)


# ---------------------------------------------------------------- measuring one command

class Run:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def tree_size(path):
    total = files = 0
    for dirpath, dirnames, filenames in os.walk(path):
        for name in filenames:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
                files += 1
            except OSError:
                pass
    return total, files


def measure(cmd, log_prefix, out_dir=None, timeout=3600):
    """Runs cmd once; wall, cpu (user+sys), maxrss (KiB), bytes/files of out_dir, rc, output.
    The disk's pending writes are flushed first (`sync`, as hyperfine's `--prepare sync`): else
    the previous run's output, written back by the kernel while this one runs, is charged to
    whichever tool comes next (Folio after Hugo's uncached partial, Hugo after Pagefind), and a
    10,000-page build took 5.0 s or 6.6 s by its place in the order."""
    os.sync()
    load1 = os.getloadavg()[0]
    with open(log_prefix + ".out", "wb") as out, open(log_prefix + ".err", "wb") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        RUNNING.append(p)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
            wall = time.perf_counter() - t0
        finally:
            timer.cancel()
            RUNNING.remove(p)
        p.returncode = os.waitstatus_to_exitcode(status)
    timed_out = wall >= timeout
    with open(log_prefix + ".out", encoding="utf-8", errors="replace") as f:
        stdout = f.read()
    with open(log_prefix + ".err", encoding="utf-8", errors="replace") as f:
        stderr = f.read()
    size = files = None
    if out_dir and os.path.isdir(out_dir):
        size, files = tree_size(out_dir)
    return Run(cmd=cmd, wall=wall, cpu=ru.ru_utime + ru.ru_stime, user=ru.ru_utime,
               sys=ru.ru_stime, maxrss_kib=ru.ru_maxrss, bytes=size, files=files,
               rc=p.returncode, timed_out=timed_out, stdout=stdout, stderr=stderr, load1=load1,
               ok=(p.returncode == 0 and not timed_out))


def rm(path):
    if os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)
    # Folio stages next to the output folder (.NAME.new-*, .NAME.old-*): remove leftovers too.
    parent, name = os.path.split(path.rstrip("/"))
    if os.path.isdir(parent):
        for entry in os.listdir(parent):
            if entry.startswith("." + name + ".new-") or entry.startswith("." + name + ".old-"):
                shutil.rmtree(os.path.join(parent, entry), ignore_errors=True)


class Outputs:
    """Folders that measured runs write, each run a new one, all deleted only after the last
    measurement (clean()). Deleting a folder right before the next build into it made times
    noise: on ext4, creating files shortly after deleting thousands makes the kernel scan its
    inode tables for recently deleted inodes (ext4_create, ext4_mkdir), up to 10 s of system
    time in a build, for either generator. If free disk runs short (less than twice the largest
    output seen, and at least 1 GiB), the outputs made so far are deleted early, and a note
    says so."""

    def __init__(self, tmp, notes):
        self.tmp = tmp
        self.notes = notes
        self.made = []
        self.count = 0
        self.largest = 0

    def new(self, name):
        """A new folder's path (not created) for a run called name."""
        self.room()
        self.count += 1
        path = os.path.join(self.tmp, "out-%s-%d" % (name, self.count))
        self.made.append(path)
        return path

    def saw(self, size):
        """A run wrote size bytes: the disk must keep room for twice as much."""
        self.largest = max(self.largest, size or 0)

    def room(self):
        need = max(2 * self.largest, 1 << 30)
        free = shutil.disk_usage(self.tmp).free
        if free < need and self.made:
            msg = ("free disk ran short (%.1f GB free, %.1f GB needed): %d output folders were "
                   "deleted before the next build, which may have slowed the builds after it"
                   % (free / 1e9, need / 1e9, len(self.made)))
            log("WARNING: " + msg)
            self.notes.append(msg)
            self.clean()

    def clean(self):
        for path in self.made:
            rm(path)
        self.made = []


# ---------------------------------------------------------------- statistics and formatting

METRICS = [
    ("wall", "Wall time (s)", lambda r: r.wall, "%.2f"),
    ("cpu", "CPU time, user+sys (s)", lambda r: r.cpu, "%.2f"),
    ("rss", "Peak RSS (MiB)", lambda r: r.maxrss_kib / 1024, "%.0f"),
    ("bytes", "Bytes written (MB)", lambda r: (r.bytes or 0) / 1e6, "%.1f"),
    ("files", "Files written", lambda r: r.files or 0, "%d"),
]


def median(xs):
    return statistics.median(xs) if xs else None


def fmt(v, f):
    return "—" if v is None else f % v


def ratio(v):
    return "—" if v is None else ("%.2f×" % v if v < 10 else "%.1f×" % v)


def folio_line(run):
    m = re.search(r"^folio: built .*$", run.stdout, re.M)
    return m.group(0) if m else None


def first_lines(text, n=12):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    more = len(lines) - n
    return lines[:n] + (["… (%d more lines)" % more] if more > 0 else [])


# ---------------------------------------------------------------- machine

def machine():
    info = {"nproc": os.cpu_count()}
    try:
        info["nproc"] = int(subprocess.run(["nproc"], capture_output=True, text=True).stdout)
    except Exception:
        pass
    try:
        with open("/proc/meminfo") as f:
            kib = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
        info["memory"] = "%.1f GiB" % (kib / 1024 / 1024)
    except Exception:
        info["memory"] = "?"
    info["cpu"] = "?"
    try:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"^model name\s*:\s*(.*)$", f.read(), re.M)
        if m:
            info["cpu"] = m.group(1).strip()
    except OSError:
        pass
    jv = subprocess.run([jdk_tool("java"), "-version"], capture_output=True, text=True)
    info["java"] = "; ".join(jv.stderr.strip().splitlines())
    hugo = shutil.which("hugo")
    info["hugo"] = None
    if hugo:
        hv = subprocess.run([hugo, "version"], capture_output=True, text=True)
        info["hugo"] = hv.stdout.strip() or hv.stderr.strip()
    info["kernel"] = platform.release()
    return info


def git_head():
    try:
        r = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"],
                           capture_output=True, text=True, timeout=10)
        return r.stdout.strip() or None
    except Exception:
        return None


# ---------------------------------------------------------------- 1. corpus builds

HUGO_VARIANTS = {  # --hugo-navs: the Hugo theme (bench/gen_corpus.py) and its label
    "none": ("nav-none", "Hugo without navigation"),
    "cached": ("nav-cached", "Hugo with cached navigation"),
    "uncached": ("nav-uncached", "Hugo with the uncached partial, as before"),
}


def gen_label(gen):
    """A generator's name in the results: Folio, or which Hugo."""
    return "Folio" if gen == "folio" else HUGO_VARIANTS[gen[len("hugo-"):]][1]


def corpus_command(folio, hugo, corpus, gen, out):
    """The build of a corpus by gen; Hugo's cache (of resources, which this site has none of)
    goes into the temporary folder instead of $TMPDIR/hugo_cache."""
    if gen == "folio":
        return folio + ["build", "--source", os.path.join(corpus, "folio"), "--out", out]
    theme = HUGO_VARIANTS[gen[len("hugo-"):]][0]
    return [hugo, "--quiet", "--theme", theme, "--cacheDir", os.path.join(corpus, "hugo-cache"),
            "-s", os.path.join(corpus, "hugo"), "-d", out]


def bench_corpora(a, folio, hugo, tmp, problems, outs):
    """Each size's corpus built by Folio and each Hugo variant in turn, a.runs times, each run
    into a new output folder (see Outputs)."""
    results = []
    gens = ["folio"] + (["hugo-" + v for v in a.hugo_navs] if hugo else [])
    for n in a.sizes:
        corpus = os.path.join(tmp, "corpus-%d" % n)
        log("generating a corpus of %d pages (seed %s) in %s" % (n, a.seed, corpus))
        t0 = time.perf_counter()
        summary = gen_corpus.generate(n, corpus, a.seed)
        log("  generated in %.1f s: %d pages per language, %d–%d words per page (mean %d)"
            % (time.perf_counter() - t0, summary["per_language"], summary["words_min"],
               summary["words_max"], summary["words_mean"]))
        runs = {g: [] for g in gens}
        searches = []
        first = {}  # each generator's first good output, for the navigation check
        for r in range(1, a.runs + 1):
            for gen in gens:
                if gen == "hugo-uncached" and n > a.uncached_max:
                    continue  # its time grows with pages × sections: hours at 100,000 pages
                out = outs.new("%s-%d-%d" % (gen, n, r))
                run = corpus_run(a, corpus_command(folio, hugo, corpus, gen, out), out, n, r,
                                 gen, tmp, problems)
                runs[gen].append(run)
                outs.saw(run.bytes)
                if run.ok:
                    first.setdefault(gen, out)
                if gen == "folio" and run.ok and (a.pagefind or a.search):
                    searches.append(search_bench.measure_search(
                        a, measure, out, n, r, tmp, problems, log,
                        bundle=outs.new("pagefind-%d-%d" % (n, r))))
        results.append({"n": n, "summary": summary, "runs": runs, "search": searches,
                        "gens": gens, "nav": nav_check(first, n, problems)})
    return results


def corpus_run(a, cmd, out, n, r, gen, tmp, problems):
    """One measured build of a corpus, logged; a failure or output on stderr is a problem."""
    run = measure(cmd, os.path.join(tmp, "log-%s-%d-%d" % (gen, n, r)), out, a.timeout)
    run.n, run.run, run.gen = n, r, gen
    state = "ok" if run.ok else ("TIMEOUT" if run.timed_out else "exit %d" % run.rc)
    log("  %6d pages  run %d/%d  %-13s  %7.2f s wall  %7.2f s cpu  %6.0f MiB  %s"
        % (n, r, a.runs, gen, run.wall, run.cpu, run.maxrss_kib / 1024, state))
    if gen == "folio" and run.ok and r == 1 and folio_line(run):
        log("    " + folio_line(run))
    if not run.ok or run.stderr.strip():
        what = "%s, %d pages, run %d: %s" % (
            gen_label(gen), n, r, "timed out after %d s" % a.timeout if run.timed_out
            else "exit code %d" % run.rc if run.rc else "succeeded, but printed")
        problems.append((what, first_lines(run.stderr or run.stdout)))
        for line in first_lines(run.stderr or run.stdout, 6):
            log("    | " + line)
    return run


def nav_check(first, n, problems):
    """Hugo's cached navigation must write what the uncached one writes: compares the first
    good output of each, byte for byte. None if either is missing (not selected, failed, or
    deleted for disk room)."""
    a, b = first.get("hugo-cached"), first.get("hugo-uncached")
    if not a or not b or not os.path.isdir(a) or not os.path.isdir(b):
        return None
    files, diffs = gen_corpus.tree_differences(a, b)
    filecmp.clear_cache()
    log("  %d pages: Hugo's cached and uncached navigation: %s (%d files)"
        % (n, "DIFFERENT" if diffs else "byte-identical", files))
    if diffs:
        problems.append(("Hugo, %d pages: the cached navigation's output differs from the "
                         "uncached one's" % n, diffs))
    return {"files": files, "diffs": diffs}


def bench_reports(a, folio, tmp, problems, outs):
    """A site of several reports, R reports of a.report_pages pages per language, Folio alone."""
    results = []
    for reports in a.reports:
        project = os.path.join(tmp, "reports-%d" % reports)
        pages = gen_reports.generate(reports, a.report_pages, project, a.seed)
        log("a site of %d reports, %d pages in all" % (reports, pages))
        runs = []
        for r in range(1, a.runs + 1):
            out = outs.new("reports-%d-%d" % (reports, r))
            run = measure(folio + ["build", "--source", project, "--out", out],
                          os.path.join(tmp, "log-reports-%d-%d" % (reports, r)), out, a.timeout)
            runs.append(run)
            state = "ok" if run.ok else ("TIMEOUT" if run.timed_out else "exit %d" % run.rc)
            log("  %4d reports  run %d/%d  %7.2f s wall  %7.2f s cpu  %6.0f MiB  %s"
                % (reports, r, a.runs, run.wall, run.cpu, run.maxrss_kib / 1024, state))
            if not run.ok:
                problems.append(("Folio, %d reports, run %d: exit code %d" % (reports, r, run.rc),
                                 first_lines(run.stderr or run.stdout)))
        results.append({"reports": reports, "pages": pages, "runs": runs})
    return results


def reports_table(results):
    lines = ["| Reports | Pages | Wall (s) | Wall per page (ms) | CPU per page (ms) | Peak memory "
             "(MiB) | Files |", "|--:|--:|--:|--:|--:|--:|--:|"]
    for res in results:
        ok = [r for r in res["runs"] if r.ok]
        wall = median([r.wall for r in ok])
        cpu = median([r.cpu for r in ok])
        rss = median([r.maxrss_kib / 1024 for r in ok])
        files = median([r.files for r in ok if r.files is not None])
        per = lambda v: fmt(v * 1000 / res["pages"] if v is not None else None, "%.2f")
        lines.append("| %d | %d | %s | %s | %s | %s | %s |" % (
            res["reports"], res["pages"], fmt(wall, "%.2f"), per(wall), per(cpu),
            fmt(rss, "%.0f"), fmt(files, "%.0f")))
    return "\n".join(lines)


def ok_runs(res, gen):
    return [r for r in res["runs"][gen] if r.ok]


def pair_ratio(res, gen, get):
    """The median over runs i of Folio's run i / gen's run i (both good): slow periods of a
    shared machine cancel out."""
    pairs = [get(f) / get(h) for f, h in zip(res["runs"]["folio"], res["runs"][gen])
             if f.ok and h.ok and get(h)]
    return median(pairs)


def corpus_table(results, runs):
    """Per size and metric: each generator's median, then Folio's ratio to each Hugo, labelled
    with that Hugo: the ratio of the medians and, in brackets, the median of per-pair ratios."""
    gens = results[0]["gens"]
    hugos = gens[1:]
    head = ["Pages", "Metric"] + [gen_label(g) for g in gens] + [
        "Folio / %s" % gen_label(h) for h in hugos]
    lines = ["| " + " | ".join(head) + " |",
             "|--:|:--|" + "--:|" * (len(gens) + len(hugos))]
    for res in results:
        for key, label, get, f in METRICS:
            meds = {g: median([get(r) for r in ok_runs(res, g)]) for g in gens}
            cells = [fmt(meds[g], f) for g in gens]
            for h in hugos:
                rom = meds["folio"] / meds[h] if meds["folio"] is not None and meds[h] else None
                cells.append("%s (%s)" % (ratio(rom), ratio(pair_ratio(res, h, get))))
            lines.append("| %d | %s | %s |" % (res["n"], label, " | ".join(cells)))
        failed = {g: len(res["runs"][g]) - len(ok_runs(res, g)) for g in gens}
        if any(failed.values()):
            lines.append("| %d | Failed runs (left out above) | %s |%s" % (
                res["n"], " | ".join("%d of %d" % (failed[g], runs) for g in gens),
                " |" * len(hugos)))
    return "\n".join(lines)


def throughput_table(results):
    """Per size and generator: pages per second of wall time, CPU and wall ms per page."""
    lines = ["| Pages | Generator | Pages per second (wall) | CPU per page, user+sys (ms) | Wall "
             "per page (ms) | Peak RSS (MiB) |", "|--:|:--|--:|--:|--:|--:|"]
    for res in results:
        n = res["n"]
        for gen in res["gens"]:
            ok = ok_runs(res, gen)
            wall, cpu = median([r.wall for r in ok]), median([r.cpu for r in ok])
            rss = median([r.maxrss_kib / 1024 for r in ok])
            lines.append("| %d | %s | %s | %s | %s | %s |" % (
                n, gen_label(gen), fmt(n / wall if wall else None, "%.0f"),
                fmt(cpu * 1000 / n if cpu is not None else None, "%.2f"),
                fmt(wall * 1000 / n if wall is not None else None, "%.2f"), fmt(rss, "%.0f")))
    return "\n".join(lines)


PROJECT_TO = 100000  # pages: the growth curve's projection

GROWTH = [  # metric, label, value of a run, unit, per-page unit, factor and format
    ("wall", "Wall time", lambda r: r.wall, "s", "ms", 1000, "%.2f"),
    ("cpu", "CPU time, user+sys", lambda r: r.cpu, "s", "ms", 1000, "%.2f"),
    ("rss", "Peak RSS", lambda r: r.maxrss_kib / 1024, "MiB", "KiB", 1024, "%.0f"),
]


def linear_fit(points):
    """Least squares y = a + b x over (x, y) points: (a, b), or None for fewer than two x."""
    if len({x for x, _ in points}) < 2:
        return None
    mx = statistics.mean(x for x, _ in points)
    my = statistics.mean(y for _, y in points)
    b = sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)
    return my - b * mx, b


def growth_rows(results, gen):
    """(label, per page at each size, fit, projection, measured at PROJECT_TO) per metric, the
    fit over the sizes below PROJECT_TO."""
    rows = []
    for key, label, get, unit, per_unit, factor, f in GROWTH:
        points = [(res["n"], median([get(r) for r in ok_runs(res, gen)])) for res in results]
        points = [(n, v) for n, v in points if v is not None]
        per_page = "; ".join("{:,}: {} {}".format(n, f % (v * factor / n), per_unit)
                             for n, v in points)
        fit = linear_fit([(n, v) for n, v in points if n < PROJECT_TO])
        measured = next((v for n, v in points if n == PROJECT_TO), None)
        rows.append((
            "%s (%s)" % (label, unit), per_page or "—",
            "%.2f %s + %.3f %s × pages" % (fit[0], unit, fit[1] * factor, per_unit) if fit
            else "— (needs two sizes below {:,})".format(PROJECT_TO),
            "{:,.1f} {} (projection)".format(fit[0] + fit[1] * PROJECT_TO, unit) if fit
            else "—", "{:,.1f} {}".format(measured, unit) if measured is not None else "—"))
    return rows


def growth_table(results):
    """Time and peak memory per page across the sizes, a linear fit and its projection."""
    lines = ["| Generator | Metric | Per page at each size (pages: per page) | Linear "
             "fit over the sizes below {0:,} | Projection to {0:,} pages | Measured at {0:,} "
             "pages |".format(PROJECT_TO), "|:--|:--|:--|:--|--:|--:|"]
    for gen in results[0]["gens"]:
        for label, per_page, fit, projection, measured in growth_rows(results, gen):
            lines.append("| %s | %s | %s | %s | %s | %s |" % (
                gen_label(gen), label, per_page, fit, projection, measured))
    return "\n".join(lines)


def nav_lines(results):
    """What the check of Hugo's cached navigation against the uncached one found."""
    checked = [r for r in results if r["nav"]]
    if not checked:
        return []
    same = all(not r["nav"]["diffs"] for r in checked)
    return ["Hugo's cached navigation (`--theme nav-cached`) against the uncached partial "
            "(`--theme nav-uncached`), the first good build of each compared byte for byte: %s."
            % "; ".join("{:,} pages: {}, {:,} files".format(
                r["n"], "identical" if not r["nav"]["diffs"] else "**%d differences** (see "
                "Problems)" % len(r["nav"]["diffs"]), r["nav"]["files"]) for r in checked)
            + ("" if same else " The cached variant's times are not those of the same site.")]


# ---------------------------------------------------------------- 2. report build vs JVM start

def pdf_copies(tmp):
    """Two copies of the project without its git history: as it is, and with
    `publication: {pdf: false}` appended to its folio.yaml (what the PDF editions cost)."""
    copies = {}
    for name, extra in (("pdf-on", ""), ("pdf-off", "publication: {pdf: false}\n")):
        dest = os.path.join(tmp, "project-" + name)
        copy_project(dest)
        if extra:
            with open(os.path.join(dest, "folio.yaml"), "a", encoding="utf-8") as f:
                f.write("\n" + extra)
        copies[name] = dest
    return copies


def bench_report(a, folio, java, tmp, problems, outs):
    floors = floors_command(a, java, tmp, problems)
    jvm, build, libs = [], [], []
    pdfs = {"pdf-on": [], "pdf-off": []}
    copies = pdf_copies(tmp)
    for r in range(1, a.runs + 1):
        for name in ("pdf-on", "pdf-off"):
            out = outs.new("report-%s-%d" % (name, r))
            p = measure(folio + ["build", "--source", copies[name], "--out", out],
                        os.path.join(tmp, "log-%s-%d" % (name, r)), out, a.timeout)
            pdfs[name].append(p)
            if not p.ok:
                problems.append(("Folio, the report without history (%s), run %d: exit code %d"
                                 % (name, r, p.rc), first_lines(p.stderr or p.stdout)))
        log("  report run %d/%d without history: with PDFs %.2f s, without %.2f s"
            % (r, a.runs, pdfs["pdf-on"][-1].wall, pdfs["pdf-off"][-1].wall))
        run = measure(java + ["-version"], os.path.join(tmp, "log-jvm-%d" % r), None, 120)
        jvm.append(run)
        if floors:
            libs.append(measure(floors + ["libraries"], os.path.join(tmp, "log-libs-%d" % r),
                                None, 120))
        out = outs.new("report-%d" % r)
        b = measure(folio + ["build", "--source", ROOT, "--out", out],
                    os.path.join(tmp, "log-report-%d" % r), out, a.timeout)
        build.append(b)
        log("  report run %d/%d: java -version %.2f s,%s folio build %.2f s wall %.2f s cpu "
            "%.0f MiB%s" % (r, a.runs, run.wall, " libraries %.2f s," % libs[-1].wall
                            if libs else "", b.wall, b.cpu, b.maxrss_kib / 1024,
                            "" if b.ok else "  FAILED (exit %d)" % b.rc))
        if not b.ok:
            problems.append(("Folio, the report's own build (%s), run %d: exit code %d"
                             % (ROOT, r, b.rc), first_lines(b.stderr or b.stdout)))
    for r in libs:
        if not r.ok:
            problems.append(("bench/Floors.java libraries: exit code %d" % r.rc,
                             first_lines(r.stderr or r.stdout)))
    warm = None
    if floors:
        log("  the report built %d times in one JVM" % WARM_BUILDS)
        w = measure(floors + ["warm", ROOT, outs.new("report-warm"), str(WARM_BUILDS)],
                    os.path.join(tmp, "log-warm"), None, a.timeout)
        warm = [int(m) for m in re.findall(r"(?m)^build \d+: (\d+) ms$", w.stdout)]
        if not w.ok or len(warm) != WARM_BUILDS:
            problems.append(("bench/Floors.java warm: exit code %d" % w.rc,
                             first_lines(w.stderr or w.stdout)))
            warm = None
    return {"jvm": jvm, "build": build, "libraries": [r for r in libs if r.ok], "warm": warm,
            "pdfs": {k: [r for r in v if r.ok] for k, v in pdfs.items()}}


WARM_BUILDS = 20  # the median of the last half is the warm build


def floors_command(a, java, tmp, problems):
    """bench/Floors.java as a java command line (see bench_tool)."""
    return bench_tool(a, java, tmp, problems, "Floors")


def bench_tool(a, java, tmp, problems, name):
    """bench/NAME.java compiled against the jar's snapshot, as a java command line with the
    options bin/folio gives a build (C1 only, its collector's settings, the jar's archive: an AOT
    cache on Java 25 and later, else a class-data-sharing archive)."""
    classes = os.path.join(tmp, name.lower())
    jar = os.path.join(tmp, "folio.jar")
    javac = shutil.which(jdk_tool("javac"))
    if not javac:
        problems.append(("bench/%s.java was not run: there is no %s" % (name, jdk_tool("javac")),
                         []))
        return None
    c = subprocess.run([javac, "-nowarn", "-cp", jar, "-d", classes,
                        os.path.join(HERE, name + ".java")], capture_output=True, text=True)
    if c.returncode != 0:
        problems.append(("bench/%s.java does not compile against the jar" % name,
                         first_lines(c.stderr)))
        return None
    opts = [] if a.plain_java else ["-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
                                    "-XX:MaxNewSize=256m", "-XX:InitialRAMPercentage=40",
                                    "-XX:MaxRAMPercentage=50", "-XX:MetaspaceSize=128m",
                                    "-XX:MaxTenuringThreshold=0"]
    aot, jsa = os.path.join(tmp, "folio.aot"), os.path.join(tmp, "folio.jsa")
    if not a.plain_java and os.path.isfile(aot):
        opts += ["-XX:AOTCache=" + aot, "-Xlog:aot=off", "-Xlog:cds=off"]
    elif not a.plain_java and os.path.isfile(jsa):
        opts += ["-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off"]
    return java + opts + ["-cp", jar + os.pathsep + classes, name]


def report_table(rep):
    jvm = rep["jvm"]
    build = [r for r in rep["build"] if r.ok]
    lines = ["| Command | Wall time (s) | CPU time, user+sys (s) | Peak RSS (MiB) | Files written |",
             "|:--|--:|--:|--:|--:|"]
    rows = [("`java -version` (empty JVM start)", jvm)]
    if rep["libraries"]:
        rows.append(("`Floors libraries`: the libraries a build uses, each once on a tiny input",
                     rep["libraries"]))
    rows.append(("`folio build --source <repository>` (the report)", build))
    for label, runs in rows:
        lines.append("| %s | %s | %s | %s | %s |" % (
            label, fmt(median([r.wall for r in runs]), "%.2f"),
            fmt(median([r.cpu for r in runs]), "%.2f"),
            fmt(median([r.maxrss_kib / 1024 for r in runs]), "%.0f"),
            fmt(median([r.files for r in runs if r.files is not None]), "%d")))
    mj_w, mb_w = median([r.wall for r in jvm]), median([r.wall for r in build])
    mj_c, mb_c = median([r.cpu for r in jvm]), median([r.cpu for r in build])
    if rep["libraries"]:
        ml_w = median([r.wall for r in rep["libraries"]])
        ml_c = median([r.cpu for r in rep["libraries"]])
        lines.append("| Libraries / JVM start | %s | %s | | |" % (
            ratio(ml_w / mj_w if ml_w and mj_w else None),
            ratio(ml_c / mj_c if ml_c and mj_c else None)))
    lines.append("| **Report build / JVM start** | **%s** | **%s** | | |" % (
        ratio(mb_w / mj_w if mb_w and mj_w else None),
        ratio(mb_c / mj_c if mb_c and mj_c else None)))
    warm = rep["warm"]
    if warm and mb_w and mj_w:
        settled = median(warm[len(warm) // 2:]) / 1000
        lines.append("")
        lines.append("The same build %d times in one JVM (`Floors warm`, the pipeline only, no "
                     "JVM start): the first took %.2f s, the last %d a median of %.2f s. So of "
                     "the report's %.2f s, %.2f s is the JVM's start, %.2f s the build's work "
                     "and %.2f s (%.0f%%) the JVM running that work's code for the first time "
                     "(interpreting it, compiling it)."
                     % (len(warm), warm[0] / 1000, len(warm) - len(warm) // 2, settled, mb_w,
                        mj_w, settled, mb_w - mj_w - settled,
                        100 * (mb_w - mj_w - settled) / mb_w))
    lines += pdf_lines(rep["pdfs"])
    line = next((folio_line(r) for r in build if folio_line(r)), None)
    return "\n".join(lines), line


def pdf_lines(pdfs):
    """What the PDF editions add to the report's build (issue 25's budget: 1.5 s of wall time)."""
    on, off = pdfs["pdf-on"], pdfs["pdf-off"]
    if not on or not off:
        return []
    won, woff = median([r.wall for r in on]), median([r.wall for r in off])
    con, coff = median([r.cpu for r in on]), median([r.cpu for r in off])
    return ["", "The PDF editions: a copy of the project without its git history, built "
            "alternately as it is and with `publication: {pdf: false}` (%d runs each, medians): "
            "%.2f s and %.2f s of wall time, %.2f s and %.2f s of CPU. **The PDFs add %.2f s of "
            "wall time** (budget 1.5 s: %s) and %.2f s of CPU."
            % (len(on), won, woff, con, coff, won - woff,
               "within" if won - woff <= 1.5 else "missed", con - coff)]


# ---------------------------------------------------------------- 3. dev server edit loop

def copy_project(dest):
    os.makedirs(dest)
    for name in ("folio.yaml", "content", "schemas", "i18n", "templates", "static"):
        src = os.path.join(ROOT, name)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(dest, name), symlinks=True)
        elif os.path.isfile(src):
            shutil.copy2(src, os.path.join(dest, name))


def report_folder(project):
    """The report's folder: content/, or the first report's of a site of several reports."""
    reports = os.path.join(project, "content", "reports")
    if os.path.isdir(reports):
        return "content/reports/%s/" % sorted(os.listdir(reports))[0]
    return "content/"


class Edits:
    """The kinds of change: each applies its k-th edit to the project copy, in one write. page
    is the page that `page` edits (the report's en/about.md unless given)."""

    def __init__(self, project, page=None):
        self.project = project
        self.original = {}
        self.report = report_folder(project)
        self.page_file = page or self.report + "en/about.md"

    def path(self, rel):
        return os.path.join(self.project, rel)

    def _read(self, rel):
        with open(self.path(rel), encoding="utf-8") as f:
            text = f.read()
        self.original.setdefault(rel, text)
        return text

    def _write(self, rel, text):
        with open(self.path(rel), "w", encoding="utf-8") as f:
            f.write(text)

    # A page: append a sentence to the report's en/about.md (or the page given).
    def page(self, k):
        rel = self.page_file
        text = self._read(rel)
        self._write(rel, text.rstrip("\n") + "\n\nBenchmark edit %d: this sentence was appended "
                    "by bench/run to time the dev server.\n" % k)

    # A data file: change one value (the first `months:` of the report's data/app-adoption.yaml).
    def data(self, k):
        rel = self.report + "data/app-adoption.yaml"
        self._read(rel)
        orig = self.original[rel]
        m = re.search(r"(?m)^(\s+months:[ \t]*)([0-9]+(?:\.[0-9]+)?)[ \t]*$", orig)
        if not m:
            raise RuntimeError("%s has no `months:` value to change" % rel)
        value = "%.1f" % (float(m.group(2)) + 0.1 * (k + 1))
        self._write(rel, orig[:m.start(2)] + value + orig[m.end(2):])

    # No template, page or data file: an interface string every page shows (i18n/en.yaml).
    def string(self, k):
        rel = "i18n/en.yaml" if os.path.isfile(self.path("i18n/en.yaml")) \
            else "content/i18n/en.yaml"
        text = self._read(rel)
        orig = self.original[rel]
        m = re.search(r"(?m)^(footer\.edition:[^\n]*)$", orig)
        if m:
            new = orig.replace(m.group(1), m.group(1).rstrip() + " (bench edit %d)" % k, 1)
        else:
            new = text + "\n# bench edit %d\n" % k
        self._write(rel, new)


    # A template: append an HTML comment to templates/page.ftlh, every page's frame (a copy
    # of the theme's, put in the project before the server starts, unless it has its own).
    def template(self, k):
        rel = TEMPLATE
        self._read(rel)
        self._write(rel, self.original[rel].rstrip("\n") + "\n<!-- bench edit %d -->\n" % k)


TEMPLATE = "templates/page.ftlh"
THEME_TEMPLATE = os.path.join(ROOT, "src", "main", "resources", "dev", "folio", "theme",
                              "templates", "page.ftlh")

EDIT_FILES = {"page": "REPORT/en/about.md", "data": "REPORT/data/app-adoption.yaml",
              "string": "i18n/en.yaml (footer.edition)",
              "template": TEMPLATE + " (every page's frame)"}


CORPUS_PAGE = 120  # the corpus page the corpus's edit loop changes: en/s003/p00120.md


def bench_serve(a, folio, tmp, problems):
    """The report's edit loop: a copy of the project, each kind of change in turn."""
    project = os.path.join(tmp, "serve-project")
    copy_project(project)
    if "template" in a.serve_kinds and not os.path.isfile(os.path.join(project, TEMPLATE)):
        os.makedirs(os.path.join(project, os.path.dirname(TEMPLATE)), exist_ok=True)
        shutil.copy2(THEME_TEMPLATE, os.path.join(project, TEMPLATE))
    files = {k: EDIT_FILES[k] for k in a.serve_kinds}
    return serve_loop(a, folio, project, Edits(project), files, problems, "the report")


def bench_serve_corpus(a, folio, tmp, problems):
    """The edit loop on a generated corpus of a.serve_corpus pages (bench/gen_corpus.py): a
    sentence appended to one page's Markdown, en/s003/p00120.md at 1,000 pages."""
    corpus = os.path.join(tmp, "serve-corpus-%d" % a.serve_corpus)
    summary = gen_corpus.generate(a.serve_corpus, corpus, a.seed)
    project = os.path.join(corpus, "folio")
    page = "content/en/%s.md" % gen_corpus.page_path(min(CORPUS_PAGE, summary["per_language"] - 1))
    sv = serve_loop(a, folio, project, Edits(project, page), {"page": page}, problems,
                    "the {:,}-page corpus".format(a.serve_corpus))
    if sv:
        sv["pages"] = a.serve_corpus
    return sv


def serve_loop(a, folio, project, edits, files, problems, what):
    """`folio serve` on project; a.edits times each kind of change (the keys of files, which
    name the file each edits), each timed from the write to the `event: reload`."""
    cmd = folio + ["serve", "--source", project, "--port", "0"]
    log("starting %s" % " ".join(cmd))
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                         stdin=subprocess.DEVNULL, start_new_session=True)
    p.own_group = True
    RUNNING.append(p)
    lines = queue.Queue()
    output = []

    def read_output():
        for raw in p.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            output.append(line)
            lines.put((time.perf_counter(), line))
        lines.put((time.perf_counter(), None))

    threading.Thread(target=read_output, daemon=True).start()
    port = None
    deadline = time.perf_counter() + a.timeout
    while port is None:
        try:
            _, line = lines.get(timeout=max(0.1, deadline - time.perf_counter()))
        except queue.Empty:
            line = None
        if line is None:
            problems.append(("Folio serve on %s did not start (no `serving … at "
                             "http://127.0.0.1:PORT/` line)" % what,
                             first_lines("\n".join(output))))
            return None
        m = re.search(r"serving .* at http://127\.0\.0\.1:(\d+)/", line)
        if m:
            port = int(m.group(1))
    started = time.perf_counter() - t0
    log("  serving on port %d after %.2f s" % (port, started))

    events = queue.Queue()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=None)
    conn.request("GET", "/_folio/events", headers={"Accept": "text/event-stream"})
    resp = conn.getresponse()
    if resp.status != 200:
        problems.append(("Folio serve on %s: /_folio/events answered %d" % (what, resp.status),
                         []))
        return None

    def read_events():
        event = None
        data = []
        try:
            while True:
                raw = resp.readline()
                if not raw:
                    break
                now = time.perf_counter()
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                if line.startswith(": connected"):
                    events.put((now, "connected", ""))
                elif line.startswith("event:"):
                    event, data = line[6:].strip(), []
                elif line.startswith("data:") and event:
                    data.append(line[5:].lstrip())
                elif line == "" and event:
                    events.put((now, event, "\n".join(data)))
                    event = None
        except Exception as e:  # the server went away
            events.put((time.perf_counter(), "closed", str(e)))
        events.put((time.perf_counter(), "closed", ""))

    threading.Thread(target=read_events, daemon=True).start()
    try:
        _, kind, _ = events.get(timeout=30)
    except queue.Empty:
        kind = None
    if kind != "connected":
        problems.append(("Folio serve on %s: no `: connected` greeting on /_folio/events"
                         % what, []))
        return None

    kinds = list(files)
    times = {k: [] for k in kinds}
    failures = {k: [] for k in kinds}
    for i in range(a.edits):
        for kind in kinds:
            time.sleep(a.settle)
            while not events.empty():
                events.get_nowait()
            t_write = time.perf_counter()
            getattr(edits, kind)(i)
            got = None
            while True:
                left = a.timeout - (time.perf_counter() - t_write)
                try:
                    t_ev, ev, data = events.get(timeout=max(0.01, left))
                except queue.Empty:
                    failures[kind].append("no event within %d s" % a.timeout)
                    break
                if ev == "reload":
                    got = t_ev
                    break
                if ev == "problems":
                    failures[kind].append("event: problems: " + data.replace("\n", " / "))
                    break
                if ev == "closed":
                    failures[kind].append("the event stream closed")
                    break
            if got is not None:
                times[kind].append((got - t_write) * 1000)
                log("  edit %2d/%d %-6s %7.0f ms" % (i + 1, a.edits, kind, times[kind][-1]))
            else:
                log("  edit %2d/%d %-6s FAILED: %s" % (i + 1, a.edits, kind, failures[kind][-1]))
            if failures[kind] and failures[kind][-1].startswith("the event stream closed"):
                break
    # The rebuild lines serve printed, for the report (each ends in "in N ms").
    rebuilds = [l for l in output if re.search(r"folio: built ", l)]
    errors = [l for l in output if not l.startswith("folio: built ")
              and not l.startswith("folio: serving")]
    if errors:
        problems.append(("Folio serve on %s printed, besides build lines" % what,
                         first_lines("\n".join(errors))))
    for kind in kinds:
        if failures[kind]:
            problems.append(("Folio serve on %s, %s edits: %d of %d failed" % (
                what, kind, len(failures[kind]), a.edits), failures[kind][:3]))
    try:
        conn.close()
    except Exception:
        pass
    return {"times": times, "failures": failures, "started": started, "rebuilds": rebuilds,
            "kinds": kinds, "files": files}


def serve_table(sv, edits):
    lines = ["| Change | File | Edits | Median (ms) | Min (ms) | Max (ms) | Failed |",
             "|:--|:--|--:|--:|--:|--:|--:|"]
    for kind in sv["kinds"]:
        t = sv["times"][kind]
        lines.append("| %s | `%s` | %d | %s | %s | %s | %d |" % (
            kind, sv["files"][kind], edits, fmt(median(t), "%.0f"),
            fmt(min(t) if t else None, "%.0f"), fmt(max(t) if t else None, "%.0f"),
            len(sv["failures"][kind])))
    ms = [float(m.group(1)) for l in sv["rebuilds"][1:]
          for m in [re.search(r" in (\d+) ms", l)] if m]
    lines.append("")
    lines.append("Server start (command to `serving … at` line, including the first build): "
                 "%.2f s. Median rebuild time that `serve` itself printed: %s ms (%d rebuilds)."
                 % (sv["started"], fmt(median(ms), "%.0f"), len(ms)))
    return "\n".join(lines)


# ---------------------------------------------------------------- 4. history from git

HISTORY_TARGETS = {"repository": 0.3, "synthetic": 2.0}  # seconds, issue 24
HISTORY_TARGET_SIZE = (5000, 200)  # the synthetic target's commits and data files


def history_reads(stdout):
    """HistoryTimes' lines: each read's times (s: wall, CPU, walk, the rest) and what was read."""
    reads = [dict(zip(("wall", "cpu", "walk", "rest"), (float(g) / 1000 for g in m.groups())))
             for m in re.finditer(r"(?m)^read \d+: ([\d.]+) ms, cpu ([\d.]+) ms \(walk ([\d.]+) "
                                  r"ms, the rest ([\d.]+) ms\)$", stdout)]
    m = re.search(r"(?m)^read: (\d+) commits walked, (\d+) reports with history, (\d+) changes, "
                  r"(\d+) tables revised, (\d+) warnings, (\d+) problems$", stdout)
    what = None
    if m:
        what = dict(zip(("commits", "reports", "changes", "tables", "warnings", "problems"),
                        (int(g) for g in m.groups())))
    load = re.search(r"(?m)^load: (\d+) ms$", stdout)
    return reads, what, int(load.group(1)) if load else None


def bench_history(a, folio, java, tmp, problems):
    """This repository's history and a synthetic one, each read by HistoryTimes (cold and warm,
    in one JVM) and as `check` pays it (check against check --no-history, alternating)."""
    tool = bench_tool(a, java, tmp, problems, "HistoryTimes")
    projects = [{"key": "repository", "label": "this repository", "source": ROOT, "gen": None}]
    if shutil.which("git"):
        repo = os.path.join(tmp, "history-%d-%d" % (a.history_commits, a.history_files))
        log("generating a history of %d commits over %d data files (seed %s) in %s"
            % (a.history_commits, a.history_files, a.seed, repo))
        t0 = time.perf_counter()
        try:
            summary = gen_history.generate(a.history_commits, a.history_files, repo, a.seed)
            summary["seconds"] = time.perf_counter() - t0
            log("  generated in %.1f s: HEAD %s, %d rows now"
                % (summary["seconds"], summary["head"][:12], summary["rows_now"]))
            projects.append({"key": "synthetic", "label": "synthetic (%d commits, %d data files)"
                             % (a.history_commits, a.history_files), "source": repo,
                             "gen": summary})
        except (RuntimeError, ValueError) as e:
            problems.append(("bench/gen_history.py failed: %s" % e, []))
    else:
        problems.append(("git is not on PATH: no synthetic history (bench/gen_history.py makes "
                         "its repository with `git fast-import`)", []))
    for p in projects:
        src, key = p["source"], p["key"]
        p["reads"], p["what"], p["load_ms"] = [], None, None
        if tool:
            log("  %s: its history read %d times in one JVM" % (p["label"], a.history_reads))
            r = measure(tool + [src, str(a.history_reads)],
                        os.path.join(tmp, "log-history-times-%s" % key), None, a.timeout)
            p["reads"], p["what"], p["load_ms"] = history_reads(r.stdout)
            if p["reads"]:
                log("    first read %.0f ms (CPU %.0f ms), then %s ms" % (
                    p["reads"][0]["wall"] * 1000, p["reads"][0]["cpu"] * 1000,
                    ", ".join("%.0f" % (r["wall"] * 1000) for r in p["reads"][1:])))
            if not r.ok or len(p["reads"]) != a.history_reads or not p["what"]:
                problems.append(("bench/HistoryTimes.java on %s: exit code %d" % (p["label"], r.rc),
                                 first_lines(r.stderr or r.stdout)))
        p["check"], p["plain"] = [], []
        for i in range(1, a.runs + 1):
            for history, runs in ((True, p["check"]), (False, p["plain"])):
                cmd = folio + ["check"] + ([] if history else ["--no-history"]) + ["--source", src]
                run = measure(cmd, os.path.join(tmp, "log-check-%s-%s-%d" % (
                    key, "history" if history else "no-history", i)), None, a.timeout)
                runs.append(run)
                log("  %s run %d/%d: check%s %.2f s wall %.2f s cpu%s" % (
                    p["label"], i, a.runs, "" if history else " --no-history", run.wall, run.cpu,
                    "" if run.ok else "  FAILED (exit %d)" % run.rc))
                if not run.ok:
                    problems.append(("folio check%s --source %s (%s), run %d: exit code %d" % (
                        "" if history else " --no-history", src, p["label"], i, run.rc),
                        first_lines(run.stderr or run.stdout)))
        if p["gen"] and not a.keep:
            shutil.rmtree(src, ignore_errors=True)
    return projects


def history_warm(reads, key):
    """The warm read's `key` (s): the median over the last half of the reads."""
    return median([r[key] for r in reads[len(reads) // 2:]])


def history_verdict(seconds, target):
    if seconds is None or target is None:
        return "—"
    if seconds <= target:
        return "within (%.0f%% of it)" % (100 * seconds / target)
    return "**missed** (%s the target)" % ratio(seconds / target)


def history_target(a, p):
    """The project's target in seconds; None for a synthetic history of another size."""
    if p["key"] == "synthetic" and (a.history_commits, a.history_files) != HISTORY_TARGET_SIZE:
        return None
    return HISTORY_TARGETS[p["key"]]


def history_section(a, projects):
    out = []
    out.append("## History from git")
    out.append("")
    out.append("Issue 24's targets: the history of this repository in at most %.1f s; a synthetic "
               "history of 5,000 commits over 200 data files in at most %.0f s (\"one walk, not "
               "one log per file\"). `bench/HistoryTimes.java` loads the site once, then reads "
               "its history %d times in one JVM as `check` does (`Histories.walk`, then "
               "`Histories.read` with the translation warnings; `TaskRunner.DIRECT`, a new "
               "repository each time, so nothing is kept), with the JVM options and archive "
               "`bin/folio` gives a build (C1 only). **Cold** is its first read: what a `check` or "
               "`build` in a new JVM pays for history once the site has loaded. **Warm** is the "
               "median of the last %d reads, once the JVM has compiled the code. *Wall* is the "
               "read's elapsed time; *CPU* that of the thread that read it (the JIT's and the "
               "collector's threads not counted), which other work on a shared machine does not "
               "inflate. *Walk* is the first-parent walk over the commits that touched "
               "`content/` (each diffed against its parent); *the rest* is each report's data "
               "events and net revisions and the translations that fell behind. **The targets "
               "are read against the cold read's wall time**, the cost a user meets; the others "
               "are shown beside it. The second table runs `bin/folio check --source DIR` and "
               "`bin/folio check --no-history --source DIR`, alternately, %s each (medians): "
               "history runs on a thread beside the loading of the site, so the difference in "
               "wall time can be smaller than the cold read, and on a busy machine larger; the "
               "difference in CPU time (all the process's threads) is the work history adds."
               % (HISTORY_TARGETS["repository"], HISTORY_TARGETS["synthetic"], a.history_reads,
                  a.history_reads - a.history_reads // 2,
                  "%d runs" % a.runs if a.runs > 1 else "1 run"))
    out.append("")
    out.append("| Project | Read | Target (s) | Cold: first read, wall (s) | Cold, CPU (s) | "
               "Warm: median, wall (s) | Warm, CPU (s) | Cold: walk + the rest, wall (s) | "
               "Warm: walk + the rest, wall (s) | Cold read (wall) against the target |")
    out.append("|:--|:--|--:|--:|--:|--:|--:|--:|--:|:--|")
    for p in projects:
        target = history_target(a, p)
        reads, what = p["reads"], p["what"]
        cold = reads[0] if reads else None
        warm = {k: history_warm(reads, k) for k in ("wall", "cpu", "walk", "rest")} \
            if reads else None
        read = ("%d commits walked, %d changes, %d tables revised, %d warnings"
                % (what["commits"], what["changes"], what["tables"], what["warnings"])
                if what else "—")
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            p["label"], read, fmt(target, "%.1f") if target else "— (the target is for %d "
            "commits, %d files)" % HISTORY_TARGET_SIZE,
            fmt(cold and cold["wall"], "%.2f"), fmt(cold and cold["cpu"], "%.2f"),
            fmt(warm and warm["wall"], "%.2f"), fmt(warm and warm["cpu"], "%.2f"),
            "%.2f + %.2f" % (cold["walk"], cold["rest"]) if cold else "—",
            "%.2f + %.2f" % (warm["walk"], warm["rest"]) if warm else "—",
            history_verdict(cold and cold["wall"], target)))
    out.append("")
    for p in projects:
        target = history_target(a, p)
        reads = p["reads"]
        if not reads:
            continue
        verdict = (lambda t: "" if target is None
                   else " (%.0f%% of the target)" % (100 * t / target) if t <= target
                   else " (%s the target: missed)" % ratio(t / target))
        out.append("- %s: cold %.2f s wall%s, %.2f s CPU%s; warm %.2f s wall%s, %.2f s CPU%s. "
                   "Every read, wall (ms): %s. The site's load before them: %s ms."
                   % (p["label"][0].upper() + p["label"][1:],
                      reads[0]["wall"], verdict(reads[0]["wall"]),
                      reads[0]["cpu"], verdict(reads[0]["cpu"]),
                      history_warm(reads, "wall"), verdict(history_warm(reads, "wall")),
                      history_warm(reads, "cpu"), verdict(history_warm(reads, "cpu")),
                      ", ".join("%.0f" % (r["wall"] * 1000) for r in reads), p["load_ms"]))
    out.append("")
    out.append("| Project | `check` wall (s) | `check --no-history` wall (s) | Difference, wall (s) "
               "| `check` CPU (s) | `check --no-history` CPU (s) | Difference, CPU (s) | `check` "
               "peak RSS (MiB) | `--no-history` peak RSS (MiB) |")
    out.append("|:--|--:|--:|--:|--:|--:|--:|--:|--:|")
    for p in projects:
        h = [r for r in p["check"] if r.ok]
        n = [r for r in p["plain"] if r.ok]
        hw, nw = median([r.wall for r in h]), median([r.wall for r in n])
        hc, nc = median([r.cpu for r in h]), median([r.cpu for r in n])
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            p["label"], fmt(hw, "%.2f"), fmt(nw, "%.2f"),
            fmt(hw - nw if h and n else None, "%+.2f"), fmt(hc, "%.2f"), fmt(nc, "%.2f"),
            fmt(hc - nc if h and n else None, "%+.2f"),
            fmt(median([r.maxrss_kib / 1024 for r in h]), "%.0f"),
            fmt(median([r.maxrss_kib / 1024 for r in n]), "%.0f")))
    out.append("")
    for p in projects:
        g = p["gen"]
        if p["key"] == "repository":
            head = git_head() or "?"
            out.append("- This repository: `%s` at HEAD %s; its report is "
                       "`content/reports/chatgpt-2023/` (baseline in its `report.yaml`)."
                       % (ROOT, head))
        elif g:
            kinds = ", ".join("%s %d" % (k, v) for k, v in g["kinds"].items())
            out.append("- The synthetic history: `python3 bench/gen_history.py --commits %d "
                       "--files %d --seed %s --out DIR` (%.1f s here), HEAD `%s`, first commit "
                       "`%s` (the report as published, the default baseline); commits after "
                       "the first, by kind: %s (no merges); %d pages per language embed %d of "
                       "the tables; %d rows now; commit dates %s to %s."
                       % (g["commits"], g["files"], g["seed"], g["seconds"], g["head"],
                          g["first"], kinds, g["pages"], g["embedded"], g["rows_now"],
                          datetime.datetime.fromtimestamp(g["first_date"], datetime.timezone.utc)
                          .strftime("%Y-%m-%d"),
                          datetime.datetime.fromtimestamp(g["last_date"], datetime.timezone.utc)
                          .strftime("%Y-%m-%d")))
    return out


# ---------------------------------------------------------------- main

def corpus_section(a, results):
    """The corpus section of the results: how it was measured, the tables, the growth curve."""
    lo = min(r["summary"]["words_min"] for r in results)
    hi = max(r["summary"]["words_max"] for r in results)
    mean = round(statistics.mean(r["summary"]["words_mean"] for r in results))
    gens = results[0]["gens"]
    out = ["## Generated corpora, Folio vs Hugo", ""]
    out.append("Each corpus has N pages in total, N/2 per language (zh, en), from seed %s: %d "
               "words per page on average (%d–%d; mixed English and Chinese, a Chinese word "
               "counting as one), three `##` headings, a list, a table, a link to the next page; "
               "one page shows a 200-row data file as a table; the pages are in sections of %d. "
               "%s, the generators run in turn (%s; then again)."
               % (a.seed, mean, lo, hi, gen_corpus.SECTION, "One run per generator"
                  if a.runs == 1 else "Medians of %d runs per generator" % a.runs,
                  "; ".join(gen_label(g) for g in gens)))
    out.append("")
    out += ["- " + GEN_TEXT[g] for g in gens]
    out.append("")
    out.append("Every ratio is Folio's over the Hugo its column names: the ratio of the medians "
               "and, in brackets, the median of the per-run ratios (Folio's run *i* over that "
               "Hugo's run *i*, which cancels slow periods of a shared machine); above 1, Folio "
               "takes more. Every build writes into a new output folder, and no output is "
               "deleted before the last measurement of the whole run: on this machine's ext4, "
               "creating files shortly after deleting thousands makes the kernel scan for "
               "recently deleted inodes (`recently_deleted`, in `ext4_create` and `ext4_mkdir`), "
               "up to 10 s of system time in one build of either generator. Earlier runs "
               "deleted each output right before the next build, which made their times noise. "
               "Each measured build starts with the disk's pending writes flushed (`sync`), so "
               "that the kernel writing back the previous build's output is not charged to the "
               "next: in a run without it, Folio's 10,000-page build after Hugo's uncached "
               "partial took 6.6 s, and 5.0 s elsewhere in the order.")
    out.append("")
    out.append(corpus_table(results, a.runs))
    out.append("")
    nav = nav_lines(results)
    if nav:
        out += nav + [""]
    out.append("Throughput, each generator (medians):")
    out.append("")
    out.append(throughput_table(results))
    out.append("")
    out.append("### Growth with the number of pages")
    out.append("")
    out.append("Each generator's medians above, per page (wall and CPU time in ms, peak RSS in "
               "KiB, per page), and a least-squares line through the medians of the sizes "
               "below {0:,} (fixed cost + cost per page × pages). **Projection** marks what that "
               "line gives at {0:,} pages: an extrapolation, not a measurement; the last column "
               "has the measurement where `--sizes` included {0:,}.".format(PROJECT_TO))
    out.append("")
    out.append(growth_table(results))
    out.append("")
    lines = [(r["n"], folio_line(x)) for r in results for x in r["runs"]["folio"][:1]
             if folio_line(x)]
    if lines:
        out.append("Folio's own summary line (first run of each size):")
        out.append("")
        for n, l in lines:
            out.append("- %d pages: `%s`" % (n, re.sub(r" → .*$", "", l)))
        out.append("")
    return out


GEN_TEXT = {
    "folio": "**Folio**: `bin/folio build --source CORPUS/folio --out OUT`, its theme (with the "
             "navigation below), its search index, sitemap and checks.",
    "hugo-none": "**Hugo without navigation**: `hugo --quiet --theme nav-none --cacheDir "
                 "CORPUS/hugo-cache -s CORPUS/hugo -d OUT`, an empty navigation partial: the pages' text, the 200-row table, the "
                 "home and contents pages and the section lists. The least any peer does.",
    "hugo-cached": "**Hugo with cached navigation**: `--theme nav-cached`, the "
                   "navigation of Folio's theme written as a Hugo user would: `partialCached` "
                   "for what depends only on the language and the open section (the window of "
                   "sections, the pages counted before and after it, the sections listed around "
                   "the open one), and for each page only the open section's window of at most "
                   "%d pages and the `aria-current` marks. Its output is byte for byte the "
                   "uncached partial's." % gen_corpus.NAV_MAX,
    "hugo-uncached": "**Hugo with the uncached partial, as before**: `--theme nav-uncached`, the same "
                     "navigation recomputed in full for every page (the window, the counts, each "
                     "listed section's sorted pages): the partial of the earlier results.",
}


def raw_table(results):
    lines = ["| Pages | Run | Generator | Wall (s) | CPU (s) | User (s) | Sys (s) | Peak RSS (MiB) "
             "| Bytes written | Files | Exit | Load (1 min) before |",
             "|--:|--:|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for res in results:
        rounds = itertools.zip_longest(*(res["runs"][g] for g in res["gens"]))
        for r in (run for one in rounds for run in one if run is not None):
            lines.append("| %d | %d | %s | %.2f | %.2f | %.2f | %.2f | %.0f | %s | %s | %s | %.2f |" % (
                r.n, r.run, gen_label(r.gen), r.wall, r.cpu, r.user, r.sys, r.maxrss_kib / 1024,
                "{:,}".format(r.bytes) if r.bytes is not None else "—",
                r.files if r.files is not None else "—",
                "timeout" if r.timed_out else r.rc, r.load1))
    return "\n".join(lines)


def main():
    p = argparse.ArgumentParser(prog="bench/run", description="Folio's benchmark harness.")
    p.add_argument("--sizes", default="100,1000,10000",
                   help="corpus sizes, pages in total over both languages (default "
                        "100,1000,10000; 100000 works too, given the time and about 5 GB of "
                        "disk per round of runs)")
    p.add_argument("--runs", type=int, default=5,
                   help="runs per generator and size, alternating (default 5)")
    p.add_argument("--edits", type=int, default=10, help="dev-server edits per kind (default 10)")
    p.add_argument("--seed", default="2023", help="corpus seed (default 2023)")
    p.add_argument("--timeout", type=int, default=3600, help="seconds per build (default 3600)")
    p.add_argument("--settle", type=float, default=0.5,
                   help="seconds to wait before each dev-server edit (default 0.5)")
    p.add_argument("--serve-kinds", default="page,data,string,template",
                   help="dev-server changes to time on the report (default "
                        "page,data,string,template; none: no edit loop on the report)")
    p.add_argument("--serve-corpus", type=int, default=1000, metavar="PAGES",
                   help="the dev-server edit loop also on a generated corpus of PAGES pages, "
                        "one page's Markdown edited (default 1000; 0: not)")
    p.add_argument("--java-opts", default="", help="options for every java command, written with =, e.g. --java-opts=-Xmx4g")
    p.add_argument("--skip-corpus", action="store_true", help="skip the corpus builds")
    p.add_argument("--skip-report", action="store_true", help="skip report build vs JVM start")
    p.add_argument("--skip-serve", action="store_true", help="skip the dev-server edit loops (the report's and the corpus's)")
    p.add_argument("--reports", default="10,100",
                   help="sites of several reports to build: how many reports (default 10,100)")
    p.add_argument("--report-pages", type=int, default=30,
                   help="pages per report and language in those sites (default 30)")
    p.add_argument("--skip-reports", action="store_true",
                   help="skip the sites of several reports")
    p.add_argument("--skip-history", action="store_true",
                   help="skip the history from git (this repository's and a synthetic one)")
    p.add_argument("--history-commits", type=int, default=5000,
                   help="commits of the synthetic history (default 5000)")
    p.add_argument("--history-files", type=int, default=200,
                   help="data files of the synthetic history (default 200)")
    p.add_argument("--history-reads", type=int, default=10,
                   help="reads of each history in one JVM: the first is the cold one, the median "
                        "of the last half the warm one (default 10)")
    p.add_argument("--no-hugo", action="store_true", help="build the corpora with Folio only")
    p.add_argument("--hugo-navs", default="none,cached,uncached",
                   help="the Hugo variants to build each corpus with, beside Folio: none (Hugo "
                        "without navigation), cached (the navigation written with "
                        "partialCached), uncached (the partial as before); default all three")
    p.add_argument("--pagefind", default=None, metavar="PATH",
                   help="also index each corpus's Folio build with Pagefind and compare the "
                        "search indexes: PATH is the pagefind (or pagefind_extended) binary, or "
                        "the folder of `npm install --prefix PATH pagefind`")
    p.add_argument("--uncached-max", type=int, default=10000, metavar="PAGES",
                   help="build with Hugo's uncached navigation partial only corpora of at most "
                        "PAGES pages (default 10000: its time grows with pages × sections)")
    p.add_argument("--pagefind-max", type=int, default=10000, metavar="PAGES",
                   help="run Pagefind only on corpora of at most PAGES pages (default 10000: its "
                        "3.4 GB at 10,000 pages would not fit this machine at 100,000)")
    p.add_argument("--search", action="store_true",
                   help="measure Folio's search index of each corpus (implied by --pagefind)")
    p.add_argument("--busy", type=int, default=0,
                   help="keep N processes spinning on the CPU while measuring, to see how "
                        "Folio fares on a shared machine (default 0)")
    p.add_argument("--keep", action="store_true",
                   help="accepted for old command lines: the generated corpora and every output "
                        "now stay (in --tmp) until the last measurement")
    p.add_argument("--write-results", action="store_true", help="write bench/RESULTS.md")
    p.add_argument("--append-results", action="store_true",
                   help="append to bench/RESULTS.md instead of replacing it")
    p.add_argument("--jar", default=os.path.join(ROOT, "target", "folio.jar"))
    p.add_argument("--plain-java", action="store_true",
                   help="run folio.jar with plain `java -jar` instead of bin/folio (no "
                        "class-data-sharing archive, the JVM's default JIT)")
    p.add_argument("--tmp", required=True, help=argparse.SUPPRESS)
    p.add_argument("--command", default=None, help=argparse.SUPPRESS)
    a = p.parse_args()
    try:
        a.sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
    except ValueError:
        p.error("--sizes takes numbers separated by commas, e.g. 100,1000,10000")
    for n in a.sizes:
        if n < 4 or n % 2:
            p.error("each size must be an even number of pages, at least 4 (got %d)" % n)
    try:
        a.reports = [int(s) for s in a.reports.split(",") if s.strip()]
    except ValueError:
        p.error("--reports takes numbers separated by commas, e.g. 10,100")
    if a.runs < 1 or a.edits < 1:
        p.error("--runs and --edits must be at least 1")
    if a.busy < 0:
        p.error("--busy must be 0 or more")
    if a.history_commits < 1 or a.history_reads < 1:
        p.error("--history-commits and --history-reads must be at least 1")
    if a.history_files < gen_history.PAGES * gen_history.EMBEDS + 1:
        p.error("--history-files must be at least %d (the pages embed that many tables)"
                % (gen_history.PAGES * gen_history.EMBEDS + 1))
    if a.pagefind:
        binary = search_bench.find_pagefind(os.path.abspath(a.pagefind))
        if not binary:
            p.error("--pagefind: no pagefind binary at or under %s (install it with `npm install "
                    "--prefix DIR pagefind` and give DIR)" % a.pagefind)
        a.pagefind = binary
        a.pagefind_label = search_bench.pagefind_label(binary)
    a.serve_kinds = [k for k in a.serve_kinds.split(",") if k and k != "none"]
    for k in a.serve_kinds:
        if k not in EDIT_FILES:
            p.error("unknown --serve-kinds %r; choose from %s" % (k, ", ".join(EDIT_FILES)))
    a.hugo_navs = [v for v in a.hugo_navs.split(",") if v]
    for v in a.hugo_navs:
        if v not in HUGO_VARIANTS:
            p.error("unknown --hugo-navs %r; choose from %s" % (v, ", ".join(HUGO_VARIANTS)))
    if a.serve_corpus and (a.serve_corpus < 4 or a.serve_corpus % 2):
        p.error("--serve-corpus must be 0 or an even number of pages, at least 4")
    tmp = os.path.abspath(a.tmp)
    if os.path.commonpath([tmp, ROOT]) == ROOT:
        p.error("the temporary folder must be outside the repository, got %s" % tmp)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGHUP, on_signal)
    atexit.register(stop_children)

    started = datetime.datetime.now(datetime.timezone.utc)
    load_start = os.getloadavg()
    mach = machine()
    hugo = None if a.no_hugo else shutil.which("hugo")
    notes = []
    if a.no_hugo and not a.skip_corpus:
        notes.append("--no-hugo: the corpora were built with Folio only")
    if not hugo and not a.no_hugo and not a.skip_corpus:
        msg = ("hugo was not found on PATH: the corpora are built with Folio only, so there are "
               "no Folio/Hugo ratios (install Hugo 0.111, e.g. `apt-get install hugo`)")
        log("WARNING: " + msg)
        notes.append(msg)
    uncached_over = [n for n in a.sizes if n > a.uncached_max]
    if "uncached" in a.hugo_navs and uncached_over and hugo and not a.skip_corpus:
        notes.append("Hugo with the uncached partial was not run on the corpus of %s pages "
                     "(--uncached-max %d): it recomputes every listed section for every page, "
                     "a time that grows with pages × sections"
                     % (", ".join("{:,}".format(n) for n in uncached_over), a.uncached_max))
    over = [n for n in a.sizes if n > a.pagefind_max]
    if a.pagefind and over and not a.skip_corpus:
        notes.append("Pagefind was not run on the corpus of %s pages (--pagefind-max %d): it took "
                     "3.4 GB at 10,000 pages, and grows with the site past this machine's memory"
                     % (", ".join("{:,}".format(n) for n in over), a.pagefind_max))

    # A snapshot of the jar: others may rebuild target/folio.jar while this runs.
    jar = os.path.join(tmp, "folio.jar")
    shutil.copy2(a.jar, jar)
    with open(jar, "rb") as f:
        jar_sha = hashlib.sha256(f.read()).hexdigest()[:12]
    jar_time = datetime.datetime.fromtimestamp(os.stat(a.jar).st_mtime, datetime.timezone.utc)
    java = [jdk_tool("java")] + a.java_opts.split()
    problems = []
    outs = Outputs(tmp, notes)
    if a.plain_java:
        folio = java + ["-jar", jar]
        launcher = "`java -jar` (--plain-java)"
    else:
        # The launcher, on the snapshot: its archive is the .jsa (or, on Java 25 and later,
        # the .aot) beside it, which the first build makes (an archive belongs to one jar file
        # at one path, so target's cannot serve the copy). That build is not measured.
        folio = [os.path.join(ROOT, "bin", "folio")]
        os.environ["FOLIO_JAR"] = jar
        os.environ["FOLIO_JAVA_OPTS"] = a.java_opts
        os.environ.pop("FOLIO_CDS", None)
        log("making the class-data-sharing archive of the jar's snapshot: one build of the "
            "report with bin/folio, not measured")
        w = measure(folio + ["build", "--source", ROOT, "--out", outs.new("archive")],
                    os.path.join(tmp, "log-archive"), None, a.timeout)
        archives = [(os.path.join(tmp, "folio.aot"), "AOT cache"),
                    (os.path.join(tmp, "folio.jsa"), "class-data-sharing archive")]
        made = next(((path, kind) for path, kind in archives if os.path.isfile(path)), None)
        if made:
            launcher = ("`bin/folio` (with the %s of the jar, %.0f MB, made by one unmeasured "
                        "build of the report; C1 only)"
                        % (made[1], os.path.getsize(made[0]) / 1e6))
        else:
            launcher = "`bin/folio`, without a class-data-sharing archive"
            notes.append("bin/folio made no class-data-sharing archive (exit code %d): every run "
                         "went without one" % w.rc)
            problems.append(("bin/folio, the build that makes the archive: exit code %d" % w.rc,
                             first_lines(w.stderr or w.stdout)))

    results = rep = sv = svc = several = hist = None
    if a.busy:
        log("%d busy processes spinning on the CPU while measuring" % a.busy)
        notes.append("--busy %d: %d processes spun on the CPU throughout the measurements"
                     % (a.busy, a.busy))
    busy = [spin() for _ in range(a.busy)]
    try:
        if not a.skip_corpus:
            results = bench_corpora(a, folio, hugo, tmp, problems, outs)
        if not a.skip_reports and a.reports:
            several = bench_reports(a, folio, tmp, problems, outs)
        if not a.skip_report:
            log("report build vs JVM start, %d runs each" % a.runs)
            rep = bench_report(a, folio, java, tmp, problems, outs)
        if not a.skip_serve and a.serve_kinds:
            log("dev server edit loop on the report, %d edits of each kind" % a.edits)
            sv = bench_serve(a, folio, tmp, problems)
        if not a.skip_serve and a.serve_corpus:
            log("dev server edit loop on a corpus of %d pages, %d edits" % (a.serve_corpus,
                                                                          a.edits))
            svc = bench_serve_corpus(a, folio, tmp, problems)
        if not a.skip_history:
            log("history from git: this repository's and a synthetic one")
            hist = bench_history(a, folio, java, tmp, problems)
    finally:
        for b in busy:
            b.kill()
        stop_children()
        outs.clean()  # every output, after the last measurement (see Outputs)
    load_end = os.getloadavg()
    finished = datetime.datetime.now(datetime.timezone.utc)

    # ------------------------------------------------------------ the report
    cmdline = a.command or "bench/run " + " ".join(sys.argv[1:])
    out = []
    out.append("# Folio benchmark results")
    out.append("")
    out.append("Command: `%s` (from the repository root)" % cmdline)
    out.append("")
    out.append("- Date: %s, %.0f min in all" % (started.strftime("%Y-%m-%d %H:%M UTC"),
                                                (finished - started).total_seconds() / 60))
    out.append("- Machine: %s CPUs (%s), %s memory, Linux %s" % (mach["nproc"], mach["cpu"],
                                                              mach["memory"], mach["kernel"]))
    out.append("- Load average (1, 5, 15 min): %.2f %.2f %.2f at the start, %.2f %.2f %.2f at the "
               "end (other builds may share the machine)" % (load_start + load_end))
    out.append("- Java: %s" % mach["java"])
    out.append("- Hugo: %s" % (mach["hugo"] or "not installed"))
    if a.pagefind:
        out.append("- Pagefind: %s (`%s`)" % (a.pagefind_label, a.pagefind))
    out.append("- Folio: `target/folio.jar` of %s (sha256 %s…), repository HEAD %s (the jar may "
               "include uncommitted work)" % (jar_time.strftime("%Y-%m-%d %H:%M UTC"), jar_sha,
                                              git_head() or "?"))
    out.append("- Run with: %s" % launcher)
    if a.java_opts:
        out.append("- Java options: `%s`" % a.java_opts)
    for n in notes:
        out.append("- **Note:** " + n)
    out.append("")
    if results:
        out += corpus_section(a, results)
    if results and any(r["search"] for r in results):
        out.append("## Search index, Folio vs Pagefind")
        out.append("")
        out.append("Folio writes its index in the build (its time is part of the build's, above); "
                   "%s indexes the site Folio built, right after each Folio build "
                   "(`--root-selector main`: the pages' content, as Folio indexes it; all "
                   "languages). Index bytes: Folio's `search/` and `assets/search.js`; "
                   "Pagefind's bundle but its UI files (`pagefind-*ui*`, "
                   "`pagefind-highlight.js`), `pagefind.js` and its WebAssembly included. "
                   "*Served with gzip*: as GitHub Pages sends them, `.json`, `.js` and `.css` "
                   "gzipped (the other files of both are compressed already). A query's bytes: "
                   "each tool's script run in Node.js on the files, every fetch counted "
                   "(`src/test/js/search-replay.mjs`, `bench/pagefind-replay.mjs`): the manifest "
                   "or metadata, the postings the query needs and what the first ten results "
                   "show, plus the script itself (and Pagefind's WebAssembly)."
                   % (a.pagefind_label if a.pagefind else "Pagefind (not run: no --pagefind)"))
        out.append("")
        out.append(search_bench.search_table(results, a, median))
        out.append("")
    if several:
        out.append("## A site of several reports")
        out.append("")
        out.append("`bench/gen_reports.py`: R reports in three series (each report superseding "
                   "the one three before it), %d pages per report and language (zh, en), the "
                   "pages of the corpora above, one shared 200-row data file. Folio alone (Hugo "
                   "builds no such site of its own); medians of %d runs. Build time linear in "
                   "pages shows as a steady time per page." % (a.report_pages, a.runs))
        out.append("")
        out.append(reports_table(several))
        out.append("")
    if rep:
        out.append("## The report's own build vs an empty JVM start")
        out.append("")
        out.append("Medians of %d runs each, alternating; the report is built from the repository "
                   "as it was at the time (others may be editing it)." % a.runs)
        out.append("")
        table, line = report_table(rep)
        out.append(table)
        if line:
            out.append("")
            out.append("Folio's summary line: `%s`" % re.sub(r" → .*$", "", line))
        out.append("")
    if sv:
        out.append("## Dev server edit loop on the report")
        out.append("")
        out.append("`folio serve --port 0` on a copy of the project; time from the file write "
                   "to the `event: reload` message on `/_folio/events`. The edits alternate "
                   "between the kinds, %.1f s apart. *string* changes no template, page or data "
                   "file: an interface string every page shows. *template* appends a comment to "
                   "`templates/page.ftlh` (a copy of the theme's, put in the project before the "
                   "server starts): every page's frame." % a.settle)
        out.append("")
        out.append(serve_table(sv, a.edits))
        out.append("")
    if svc:
        out.append("## Dev server edit loop on the {:,}-page corpus".format(svc["pages"]))
        out.append("")
        out.append("`folio serve --port 0` on a corpus of {:,} pages written by "
                   "`bench/gen_corpus.py` (seed {}, as in the corpus section); {} times a "
                   "sentence appended to the Markdown of `{}`, {:.1f} s apart, each timed from "
                   "the write to the `event: reload` message on `/_folio/events`. Issue 20's "
                   "target: a one-page edit reloaded in at most 100 ms (median)."
                   .format(svc["pages"], a.seed, a.edits, svc["files"]["page"], a.settle))
        out.append("")
        out.append(serve_table(svc, a.edits))
        out.append("")
    if hist:
        out += history_section(a, hist)
        out.append("")
    out.append("## Problems")
    out.append("")
    if problems:
        for what, detail in problems:
            out.append("- %s" % what)
            if detail:
                out.append("")
                out.append("  ```text")
                for l in detail:
                    out.append("  " + l)
                out.append("  ```")
    else:
        out.append("None: every build succeeded and printed nothing on stderr%s."
                   % (", every edit was followed by a reload" if sv or svc else ""))
    out.append("")
    if results:
        out.append("## Every run")
        out.append("")
        out.append(raw_table(results))
        out.append("")
    text = "\n".join(out)
    print(text)
    if a.write_results or a.append_results:
        path = os.path.join(HERE, "RESULTS.md")
        if a.append_results and os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                before = f.read().rstrip("\n")
            # The appended report's headings go one level down, under a heading of its own.
            text = before + "\n\n" + re.sub(r"(?m)^(#+) ", r"#\1 ", text).replace(
                "## Folio benchmark results", "## Another run", 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        log("wrote %s" % os.path.relpath(path, ROOT))
    failed = any(not r.ok for res in (results or []) for r in res["runs"]["folio"]) or any(
        not r.ok for p in (hist or []) for r in p["check"] + p["plain"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
