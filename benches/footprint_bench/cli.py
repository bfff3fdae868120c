"""Command line: measure (build, session, report), --render a saved run, --compare two runs."""

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

from .common import ENTRY, REPO, RESULTS, SESSION, read
from .compare import compare
from .host import build, git_info, install_peers, machine_info
from .report import TARGETS, publish
from .sessions import inside, inside_wayland, wayland_session


def main(doc):
    """doc: the entry point's docstring (its first paragraph is --help's description)."""
    p = argparse.ArgumentParser(description=doc.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--peers", action="store_true", help="also measure Workrave and Safe Eyes (installs them)")
    p.add_argument("--long", action="store_true", help="also time one reminder after a 10 min interval")
    p.add_argument("--wayland", action="store_true", help="also measure the native Wayland client under headless sway")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--clean-build", action="store_true", help="time a clean release build (fresh CARGO_TARGET_DIR)")
    g.add_argument("--no-build", action="store_true", help="measure the existing target/release binary")
    p.add_argument("-v", "--verbose", action="store_true", help="per-thread tables and PSS contributors")
    p.add_argument("--runs", type=int, default=5, help="start-up and click runs (default 5)")
    p.add_argument("--reminders", type=int, default=20, help="reminders for the timer test (default 20)")
    p.add_argument("--idle-secs", type=float, default=60.0, help="idle window (default 60)")
    p.add_argument("--settle", type=float, default=5.0, help="seconds after start before measuring (default 5)")
    p.add_argument("--tray", choices=("sni", "xembed"), default="sni",
                   help="the tray host: xfce4-panel (sni, default) or trayer (xembed)")
    p.add_argument("--out", default=RESULTS, help="results directory (default benches/results)")
    p.add_argument("--render", metavar="JSON", help="print the tables of a saved result again (and rewrite its .md)")
    p.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"),
                   help="key figures of two saved runs and the change; a run is a JSON file or "
                        "REV:PATH in git (e.g. HEAD~3:benches/results/latest.json)")
    p.add_argument("--inside", help=argparse.SUPPRESS)
    p.add_argument("--inside-wayland", help=argparse.SUPPRESS)
    p.add_argument("--binary", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.inside_wayland:
        return inside_wayland(args)
    if args.inside:
        return inside(args)
    if args.compare:
        return compare(*args.compare, sys.stdout)
    if args.render:
        with open(args.render) as f:
            return publish(json.load(f), args.render, args)
    return outside(args)


if __name__ == "__main__":
    sys.exit(main())


def outside(args):
    report = {"date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
              "git": git_info(), "machine": machine_info(),
              "loadavg_before": read("/proc/loadavg").split()[:3]}
    cleanup = None
    if args.no_build:
        binary = os.path.join(os.environ.get("CARGO_TARGET_DIR") or os.path.join(REPO, "target"),
                              "release", "posture-break")
        report["build"] = {"kind": "skipped (--no-build)", "seconds": None}
    else:
        report["build"], binary, cleanup = build(args)
    if not os.path.exists(binary):
        raise SystemExit(f"footprint: no binary at {binary}")
    report["binary"] = {"path": os.path.relpath(binary, REPO) if binary.startswith(REPO) else binary,
                        "bytes": os.path.getsize(binary)}
    if args.peers:
        report["peer_packages"] = install_peers()
    try:
        with tempfile.NamedTemporaryFile(prefix="pb-footprint-", suffix=".json", delete=False) as tmp:
            inner_path = tmp.name
        cmd = [SESSION, sys.executable, ENTRY, "--inside", inner_path,
               "--binary", binary, "--runs", str(args.runs), "--reminders", str(args.reminders),
               "--idle-secs", str(args.idle_secs), "--settle", str(args.settle)]
        cmd += [f for f, on in (("--peers", args.peers), ("--long", args.long), ("-v", args.verbose)) if on]
        cmd += ["--tray", args.tray]
        env = dict(os.environ)
        if args.tray == "xembed":
            env["PB_NO_TRAY"] = "1"  # no xfce4-panel: no StatusNotifierWatcher; trayer instead
        t0 = time.monotonic()
        r = subprocess.run(cmd, env=env)
        report["session_seconds"] = round(time.monotonic() - t0, 1)
        if r.returncode != 0:
            raise SystemExit(f"footprint: the measuring session failed (exit {r.returncode})")
        with open(inner_path) as f:
            inner = json.load(f)
        os.unlink(inner_path)
        if args.wayland:
            report["wayland"] = wayland_session(args, binary)
    finally:
        if cleanup:
            shutil.rmtree(cleanup, ignore_errors=True)
    report.update(inner)
    report["tray"] = args.tray
    report["loadavg_after"] = read("/proc/loadavg").split()[:3]
    report["targets"] = TARGETS
    report["settle_s"] = args.settle
    report["command"] = "benches/footprint" + "".join(
        f" {flag}" for flag, on in (("--peers", args.peers), ("--long", args.long), ("--wayland", args.wayland),
                                    ("--clean-build", args.clean_build), ("--no-build", args.no_build),
                                    ("--tray xembed", args.tray == "xembed")) if on)
    os.makedirs(args.out, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%dT%H%M%S")
    suffix = "-xembed" if args.tray == "xembed" else ""
    path = os.path.join(args.out, f"footprint-{stamp}{suffix}.json")
    with open(path, "w") as f:  # the raw data first: rendering must never lose a run
        json.dump(report, f, indent=1)
    return publish(report, path, args)
