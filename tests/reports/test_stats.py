#!/usr/bin/python3
"""reports.geomean: the statistics of eval_report.py on data whose answers are known.

Checks: the geometric mean; the bootstrap interval over benchmarks (degenerate for identical
values, containing the point, reproducible per seed); failures left out of the geomean but
counted and listed; wins/losses/ties on hand-made intervals; duplicate records (last kept,
noted); the method order of the tables.
"""
import copy
import math
import unittest

from common import import_report, read_sample

R = import_report()


def rec(method, bench, outcome="ok", point=None, lo=None, hi=None, kind=None):
    """A minimal record of the eval schema."""
    kind = kind or method.split(":")[0]
    sp = None if point is None else {"point": point, "ci_lo": lo or point, "ci_hi": hi or point,
                                     "level": 0.95, "resamples": 2000}
    base = {"median_ns": 1e6} if kind == "default" and outcome == "ok" else None
    return {"schema_version": 2, "benchmark": {"id": bench}, "outcome": outcome, "error": None,
            "timing": {"baseline": base, "candidate": None}, "speedup": sp,
            "context": {}, "eval": {"method": method, "kind": kind}}


def results(*records):
    return R.Results(list(records))


class Geomean(unittest.TestCase):
    def test_known_values(self):
        self.assertAlmostEqual(R.geomean([2, 8]), 4.0, places=12)
        self.assertAlmostEqual(R.geomean([0.5, 2]), 1.0, places=12)
        self.assertAlmostEqual(R.geomean([3]), 3.0, places=12)

    def test_bootstrap_of_identical_values_is_degenerate(self):
        lo, hi = R.bootstrap_geomean([3.0] * 7, seed=1)
        self.assertTrue(math.isclose(lo, 3.0, rel_tol=1e-12), lo)
        self.assertTrue(math.isclose(hi, 3.0, rel_tol=1e-12), hi)

    def test_bootstrap_interval_contains_the_point(self):
        values = [1.1, 2.5, 4.0, 9.0, 30.0, 0.8, 1.7]
        lo, hi = R.bootstrap_geomean(values, seed=1)
        g = R.geomean(values)
        self.assertLess(lo, g)
        self.assertGreater(hi, g)
        self.assertGreaterEqual(lo, min(values))
        self.assertLessEqual(hi, max(values))

    def test_bootstrap_is_seeded(self):
        values = [1.1, 2.5, 4.0, 9.0, 30.0]
        self.assertEqual(R.bootstrap_geomean(values, seed=5), R.bootstrap_geomean(values, seed=5))
        self.assertNotEqual(R.bootstrap_geomean(values, seed=5), R.bootstrap_geomean(values, seed=6))

    def test_bootstrap_resamples_benchmarks(self):
        # Two benchmarks, 4x and 1x: a resample is {4,4}, {4,1} or {1,1} with chances 1/4, 1/2,
        # 1/4, so the 95% percentile interval is [1, 4] exactly.
        lo, hi = R.bootstrap_geomean([4.0, 1.0], seed=1)
        self.assertAlmostEqual(lo, 1.0, places=9)
        self.assertAlmostEqual(hi, 4.0, places=9)


class Failures(unittest.TestCase):
    def test_failures_are_counted_but_not_in_the_geomean(self):
        res = results(rec("default", "a"), rec("default", "b"), rec("default", "c"),
                      rec("search:8", "a", point=2.0), rec("search:8", "b", point=8.0),
                      rec("search:8", "c", outcome="wrong_answer"))
        m = R.method_summary(res, "search:8", [], seed=1)
        self.assertEqual((m["records"], m["ok"]), (3, 2))
        self.assertAlmostEqual(m["geomean"]["value"], 4.0)  # not (2*8*1)^(1/3)
        self.assertEqual((m["geomean"]["over"], m["geomean"]["of"]), (2, 3))
        self.assertEqual(m["failures"], [{"benchmark": "c", "outcome": "wrong_answer",
                                          "error": None}])

    def test_unavailable_is_listed_apart_and_once_per_reason(self):
        recs = [rec("pytorch", b, outcome="unavailable") for b in "abc"]
        for r in recs:
            r["error"] = "torch is not installed"
        m = R.method_summary(results(*recs), "pytorch", [], seed=1)
        self.assertEqual(m["failures"], [])
        self.assertIsNone(m["geomean"])
        self.assertEqual(m["unavailable"], [{"reason": "torch is not installed",
                                             "benchmarks": ["a", "b", "c"]}])

    def test_common_set_is_where_every_schedule_method_is_ok(self):
        res = results(rec("agent:ppo", "a", point=2.0), rec("agent:ppo", "b", point=3.0),
                      rec("search:8", "a", point=4.0), rec("search:8", "b", outcome="timed_out"),
                      rec("pytorch", "b", point=5.0))
        self.assertEqual(R.common_set(res)["benchmarks"], ["a"])


class Versus(unittest.TestCase):
    def test_compare_intervals(self):
        self.assertEqual(R.compare((2.1, 2.3), (1.8, 2.0)), "win")
        self.assertEqual(R.compare((1.8, 2.0), (2.1, 2.3)), "loss")
        self.assertEqual(R.compare((1.8, 2.2), (2.1, 2.3)), "tie")
        self.assertEqual(R.compare((2.0, 2.2), (1.8, 2.0)), "tie")  # touching is not a win

    def test_wins_losses_ties_on_the_benchmarks_both_ran(self):
        res = results(
            rec("default", "a"), rec("default", "b"), rec("default", "c"), rec("default", "d"),
            rec("random:8", "a", point=3.0, lo=2.8, hi=3.2),
            rec("search:8", "a", point=5.0, lo=4.5, hi=5.5),    # search wins
            rec("random:8", "b", point=3.0, lo=2.8, hi=3.2),
            rec("search:8", "b", point=3.1, lo=2.9, hi=3.3),    # tie
            rec("random:8", "c", point=3.0, lo=2.8, hi=3.2),
            rec("search:8", "c", point=0.9, lo=0.85, hi=0.95),  # loss; and a loss to default
            rec("random:8", "d", outcome="crashed"),
            rec("search:8", "d", point=1.02, lo=0.99, hi=1.05))  # only a tie with default
        self.assertEqual(R.versus(res, "search:8", "random:8"),
                         {"wins": 1, "losses": 1, "ties": 1, "benchmarks": 3})
        self.assertEqual(R.versus(res, "random:8", "search:8"),
                         {"wins": 1, "losses": 1, "ties": 1, "benchmarks": 3})
        self.assertEqual(R.versus(res, "search:8", "default"),
                         {"wins": 2, "losses": 1, "ties": 1, "benchmarks": 4})


class Records(unittest.TestCase):
    def test_duplicates_keep_the_last_and_say_so(self):
        first = rec("search:8", "a", point=2.0)
        last = rec("search:8", "a", point=3.0)
        other = rec("random:8", "a", point=1.5)
        kept, notes = R.dedup([(1, first), (2, other), (7, last)])
        self.assertEqual(len(kept), 2)
        self.assertIn(last, kept)
        self.assertNotIn(first, kept)
        self.assertEqual(len(notes), 1)
        self.assertIn("search:8", notes[0])
        self.assertIn("line 7", notes[0])

    def test_sample_records_pass_the_check(self):
        for n, r in enumerate(read_sample(), 1):
            R.check_record(copy.deepcopy(r), f"sample:{n}")

    def test_method_order(self):
        names = ["openblas", "search:64", "zeta", "random:64", "agent:random", "pytorch",
                 "random:1", "search:8", "default", "torchscript", "agent:ppo", "alpha"]
        kinds = {n: n.split(":")[0] if n.split(":")[0] in R.KIND_ORDER else "other" for n in names}
        got = sorted(names, key=lambda n: R.method_key(n, kinds[n]))
        self.assertEqual(got, ["default", "agent:ppo", "agent:random", "random:1", "random:64",
                               "search:8", "search:64", "pytorch", "torchscript", "openblas",
                               "alpha", "zeta"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
