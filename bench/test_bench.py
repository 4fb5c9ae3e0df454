#!/usr/bin/env python3
"""Self-checks of the benchmark's own logic (standard library only; needs Hugo on PATH for the
navigation check, as bench/run does for its comparison):

    python3 bench/test_bench.py

The corpus's Hugo themes, the comparison of two built sites, the output folders that are only
deleted at the end, the ratio labels and the growth curve's fit and projection.
"""

import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import bench  # noqa: E402
import gen_corpus  # noqa: E402


def run(gen, n, r, wall, cpu, rss_mib, ok=True):
    return bench.Run(gen=gen, n=n, run=r, wall=wall, cpu=cpu, user=cpu, sys=0.0,
                     maxrss_kib=rss_mib * 1024, bytes=1000, files=10, ok=ok, rc=0 if ok else 1,
                     timed_out=False, load1=0.0, stdout="", stderr="")


def results(sizes, gens, wall_per_page):
    """Fake corpus results: every generator's wall time 1 s + wall_per_page[gen] s per page."""
    out = []
    for n in sizes:
        runs = {g: [run(g, n, r, 1 + wall_per_page[g] * n, 2 + wall_per_page[g] * n,
                        100 + n / 1000) for r in (1, 2, 3)] for g in gens}
        out.append({"n": n, "runs": runs, "gens": gens, "nav": None, "search": [],
                    "summary": {"words_min": 1, "words_max": 2, "words_mean": 1}})
    return out


class CorpusThemes(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="bench-test-")

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_the_navigation_is_a_theme_of_each_variant_not_the_site(self):
        gen_corpus.generate(8, self.tmp)
        hugo = os.path.join(self.tmp, "hugo")
        self.assertFalse(os.path.exists(os.path.join(hugo, "layouts", "partials", "nav.html")))
        for theme in gen_corpus.NAV_VARIANTS:
            self.assertTrue(os.path.isfile(os.path.join(hugo, "themes", theme, "layouts",
                                                        "partials", "nav.html")), theme)
        self.assertEqual(set(gen_corpus.NAV_VARIANTS), set(gen_corpus.HUGO_THEMES))
        self.assertEqual({v[0] for v in bench.HUGO_VARIANTS.values()},
                         set(gen_corpus.NAV_VARIANTS))

    def test_cached_navigation_writes_what_the_uncached_partial_writes(self):
        # 104 pages: 52 per language, so sections of 50 and of 1 page (its page, the
        # section's only one, is its current entry without an open list).
        self.assertIsNotNone(shutil.which("hugo"), "Hugo must be on PATH (apt-get install hugo)")
        gen_corpus.generate(104, self.tmp)
        files, diffs = gen_corpus.check_nav(self.tmp)
        self.assertEqual([], diffs)
        self.assertGreater(files, 100)

    def test_the_comparison_finds_missing_and_changed_files(self):
        a, b = os.path.join(self.tmp, "a"), os.path.join(self.tmp, "b")
        for root in (a, b):
            os.makedirs(os.path.join(root, "x"))
            for name, text in (("x/one.html", "1"), ("two.html", "2")):
                with open(os.path.join(root, name), "w") as f:
                    f.write(text)
        self.assertEqual((2, []), gen_corpus.tree_differences(a, b))
        with open(os.path.join(b, "x", "one.html"), "w") as f:
            f.write("one")
        os.remove(os.path.join(b, "two.html"))
        files, diffs = gen_corpus.tree_differences(a, b)
        self.assertEqual(["only in a: two.html", "differs: x/one.html"], diffs)


class Outputs(unittest.TestCase):
    def test_each_run_gets_a_new_folder_and_none_is_deleted_before_clean(self):
        tmp = tempfile.mkdtemp(prefix="bench-test-")
        try:
            outs = bench.Outputs(tmp, [])
            first = outs.new("folio-100-1")
            os.makedirs(first)
            second = outs.new("folio-100-1")
            self.assertNotEqual(first, second)
            os.makedirs(second)
            outs.saw(10)
            outs.new("hugo-none-100-1")
            self.assertTrue(os.path.isdir(first) and os.path.isdir(second))
            outs.clean()
            self.assertFalse(os.path.exists(first) or os.path.exists(second))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


class Measure(unittest.TestCase):
    def test_each_run_starts_with_the_disks_writes_flushed(self):
        calls = []
        real = os.sync
        os.sync = lambda: calls.append("sync")
        try:
            tmp = tempfile.mkdtemp(prefix="bench-test-")
            run = bench.measure([sys.executable, "-c", "print('x')"], os.path.join(tmp, "m"))
            self.assertEqual(calls, ["sync"])
            self.assertTrue(run.ok)
            self.assertEqual(run.stdout, "x\n")
        finally:
            os.sync = real
            shutil.rmtree(tmp, ignore_errors=True)


class Tables(unittest.TestCase):
    GENS = ["folio", "hugo-none", "hugo-cached", "hugo-uncached"]

    def test_every_ratio_names_the_hugo_it_is_against(self):
        res = results([100, 1000], self.GENS, {g: 0.001 for g in self.GENS})
        header = bench.corpus_table(res, 3).splitlines()[0]
        for label in ("Hugo without navigation", "Hugo with cached navigation",
                      "Hugo with the uncached partial, as before"):
            self.assertIn("| Folio / %s |" % label, header)
        self.assertNotIn("Folio/Hugo", header)

    def test_the_fit_is_over_the_sizes_below_the_projection_and_says_so(self):
        self.assertEqual((1.0, 2.0), bench.linear_fit([(1, 3.0), (2, 5.0), (3, 7.0)]))
        self.assertIsNone(bench.linear_fit([(5, 1.0), (5, 2.0)]))
        per_page = {"folio": 0.002, "hugo-none": 0.001}
        res = results([100, 1000, 10000, 100000], ["folio", "hugo-none"], per_page)
        # The measurement at 100,000 pages is off the line: it must not move the fit.
        for r in res[-1]["runs"]["folio"]:
            r.wall = 999.0
        label, _, fit, projection, measured = bench.growth_rows(res, "folio")[0]
        self.assertEqual("Wall time (s)", label)
        self.assertEqual("1.00 s + 2.000 ms × pages", fit)
        self.assertEqual("201.0 s (projection)", projection)
        self.assertEqual("999.0 s", measured)
        table = bench.growth_table(res)
        self.assertIn("| Hugo without navigation | Wall time (s) |", table)

    def test_a_hugo_not_run_at_a_size_shows_as_missing_there_and_nowhere_else(self):
        res = results([1000, 100000], self.GENS, {g: 0.001 for g in self.GENS})
        res[-1]["runs"]["hugo-uncached"] = []  # not run above --uncached-max
        rows = [line for line in bench.corpus_table(res, 3).splitlines()
                if line.startswith("| 100000 | Wall")]
        self.assertEqual(1, len(rows))
        self.assertIn("| — | ", rows[0])
        self.assertNotIn("Failed runs", bench.corpus_table(res, 3))
        raw = bench.raw_table(res).splitlines()
        self.assertEqual(3 * 4 + 3 * 3, len(raw) - 2)  # every run that was made, none lost
        self.assertIn("Hugo with the uncached partial", bench.growth_table(res))


class Search(unittest.TestCase):
    def test_pagefind_runs_only_on_corpora_up_to_its_maximum(self):
        import search_bench
        ran = []

        def measure(cmd, *rest):
            ran.append(cmd[0])
            raise AssertionError("Pagefind ran on a corpus larger than --pagefind-max")

        a = type("Args", (), {"pagefind": "/usr/bin/pagefind", "pagefind_max": 10000,
                              "pagefind_label": "Pagefind", "runs": 1, "timeout": 1})()
        out = search_bench.measure_search(a, measure, "/nonexistent", 100000, 2, "/tmp", [],
                                          lambda *x: None)
        self.assertIsNone(out["pagefind"])
        self.assertEqual([], ran)


if __name__ == "__main__":
    unittest.main()
