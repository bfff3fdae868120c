"""Paths and small helpers every part of the benchmark uses."""

import os
import statistics
import sys
import time

# The package lives in benches/, beside the `footprint` entry point and the results.
PACKAGE = os.path.dirname(os.path.abspath(__file__))
BENCHES = os.path.dirname(PACKAGE)
REPO = os.path.dirname(BENCHES)
ENTRY = os.path.join(BENCHES, "footprint")
SESSION = os.path.join(REPO, "tests", "desktop", "session.sh")
SWAY_SESSION = os.path.join(REPO, "tests", "desktop", "sway-session.sh")
RESULTS = os.path.join(BENCHES, "results")
CLK_TCK = os.sysconf("SC_CLK_TCK")
MIB = 1024 * 1024


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def read(path):
    with open(path, "r", encoding="utf-8", errors="replace") as f:
        return f.read()


def median(xs):
    return statistics.median(xs) if xs else None
