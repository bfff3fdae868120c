"""Tests of `benches/footprint --compare`. Run: python3 -B -m unittest discover -s benches -t benches"""

import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

from . import compare
from .common import ENTRY, RESULTS


def run(pss, wakeups, startup_ms, commit="aaaa"):
    return {
        "date": "2026-12-07T05:00:00+00:00", "git": {"commit": commit, "dirty": False},
        "command": "benches/footprint --no-build",
        "binary": {"bytes": 6_000_000},
        "apps": {"posture-break": {
            "mem_settled": {"pss_mib": pss, "rss_mib": 8.0},
            "window": {"wakeups_per_s": wakeups, "context_switches": 0, "cpu_s": 0.0, "threads_end": 20},
            "startup": [{"ms": ms} for ms in startup_ms] + [None],
        }},
    }


class Figures(unittest.TestCase):
    def test_reads_the_key_figures_and_leaves_missing_ones_none(self):
        figs = {label: v for label, v, _, _ in compare.figures(run(5.5, 0.0, [20.0, 30.0, 10.0]))}
        self.assertEqual(figs["idle PSS (after settle)"], 5.5)
        self.assertEqual(figs["idle wakeups"], 0.0)
        self.assertEqual(figs["start-up to tray (median)"], 20.0)  # the run that failed (None) skipped
        self.assertEqual(figs["release binary size"], 6.0)
        self.assertIsNone(figs["Wayland: idle PSS"])
        self.assertNotIn("Workrave: idle PSS", figs)  # peers only when the run measured them

    def test_an_empty_report_has_no_figures(self):
        self.assertTrue(all(v is None for _, v, _, _ in compare.figures({})))


class Rows(unittest.TestCase):
    def test_change_with_sign_and_percent(self):
        rows = {r[0]: r[1:] for r in compare.rows(run(5.0, 0.0, [20.0]), run(5.5, 0.0, [20.0]))}
        self.assertEqual(rows["idle PSS (after settle)"], ("5.00 MiB", "5.50 MiB", "+0.50 MiB (+10%)"))
        self.assertEqual(rows["idle wakeups"], ("0.000/s", "0.000/s", "+0.000/s"))  # no percent of 0

    def test_figures_neither_run_has_are_left_out_and_one_sided_ones_say_na(self):
        old = run(5.0, 0.0, [20.0])
        new = run(5.0, 0.0, [20.0])
        new["wayland"] = {"posture-break": {"mem_settled": {"pss_mib": 4.4}}}
        rows = {r[0]: r[1:] for r in compare.rows(old, new)}
        self.assertEqual(rows["Wayland: idle PSS"], ("n/a", "4.40 MiB", "n/a"))
        self.assertNotIn("Wayland: idle wakeups", rows)
        self.assertNotIn("figure frames/s", rows)


class Load(unittest.TestCase):
    def test_a_file_and_a_git_revision(self):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(run(5.0, 0.0, [20.0]), f)
        try:
            self.assertEqual(compare.load(f.name)["git"]["commit"], "aaaa")
        finally:
            os.unlink(f.name)
        self.assertIn("apps", compare.load("HEAD:benches/results/latest.json"))

    def test_unreadable_sources_end_with_a_message(self):
        with self.assertRaises(SystemExit) as e:
            compare.load("/nonexistent/run.json")
        self.assertIn("cannot read", str(e.exception))
        with self.assertRaises(SystemExit) as e:
            compare.load("HEAD:benches/results/no-such-run.json")
        self.assertIn("git show", str(e.exception))


class EntryPoint(unittest.TestCase):
    def test_compare_the_latest_run_with_itself(self):
        latest = os.path.join(RESULTS, "latest.json")
        out = io.StringIO()
        self.assertEqual(compare.compare(latest, latest, out), 0)
        mib_rows = [line for line in out.getvalue().splitlines() if line.endswith("MiB (+0%)")]
        self.assertGreaterEqual(len(mib_rows), 5)
        for line in out.getvalue().splitlines():
            if "MiB" in line and not line.startswith(("old:", "new:")):
                self.assertTrue(line.endswith("+0.00 MiB (+0%)"), line)

    def test_the_command_line(self):
        latest = os.path.join(RESULTS, "latest.json")
        r = subprocess.run([sys.executable, ENTRY, "--compare", latest, latest], capture_output=True,
                           text=True, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("idle PSS (after settle)", r.stdout)
        self.assertIn("new: " + latest, r.stdout)


if __name__ == "__main__":
    unittest.main()
