"""Two saved runs side by side: the key figures of each and the change.

A run is a results JSON file, or `REV:PATH` for one in git's history (git keeps only the latest
run, so earlier ones are read with `git show`)."""

import json
import os
import subprocess

from .common import REPO, median
from .report import fmt, table


def load(source):
    """A run from a file, or from git when source is REV:PATH and no such file exists."""
    if os.path.exists(source) or ":" not in source:
        try:
            with open(source) as f:
                return json.load(f)
        except (OSError, ValueError) as err:
            raise SystemExit(f"footprint: cannot read {source}: {err}")
    r = subprocess.run(["git", "show", source], cwd=REPO, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"footprint: git show {source} failed: {r.stderr.strip()}")
    try:
        return json.loads(r.stdout)
    except ValueError as err:
        raise SystemExit(f"footprint: {source} is not a results file: {err}")


def _get(d, *path):
    for key in path:
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def _ms(runs, pick):
    """pick (median or max) over the runs that produced a figure."""
    xs = [r[k] for r in runs or [] if r for k in ("ms", "lateness_ms") if k in r]
    return pick(xs) if xs else None


def figures(report):
    """The run's key figures: (label, value or None, unit, decimals), in table order."""
    apps = report.get("apps") or {}
    pb = apps.get("posture-break") or {}
    wl = _get(report, "wayland", "posture-break") or {}
    size = _get(report, "binary", "bytes")
    rows = [
        ("idle PSS (after settle)", _get(pb, "mem_settled", "pss_mib"), " MiB", 2),
        ("idle RSS (after settle)", _get(pb, "mem_settled", "rss_mib"), " MiB", 2),
        ("PSS after the idle window", _get(pb, "mem_end", "pss_mib"), " MiB", 2),
        ("idle wakeups", _get(pb, "window", "wakeups_per_s"), "/s", 3),
        ("idle context switches", _get(pb, "window", "context_switches"), "", 0),
        ("idle CPU", _get(pb, "window", "cpu_s"), " s", 4),
        ("threads", _get(pb, "window", "threads_end"), "", 0),
        ("start-up to tray (median)", _ms(pb.get("startup"), median), " ms", 1),
        ("reminder lateness (max)", _ms(pb.get("timer"), max), " ms", 1),
        ("away/back cycle switches", _get(pb, "away_cycle", "context_switches"), "", 0),
        ("PSS, accessibility bus on", _get(pb, "a11y_idle", "mem_settled", "pss_mib"), " MiB", 2),
        ("PSS, sync on with an idle peer", _get(pb, "sync_idle", "mem_settled", "pss_mib"), " MiB", 2),
        ("switches, sync on with an idle peer", _get(pb, "sync_idle", "window", "context_switches"), "", 0),
        ("main-thread switches, nudges window", _get(pb, "nudges", "main_thread_switches"), "", 0),
        ("click -> window (median)", _ms(pb.get("click"), median), " ms", 1),
        ("PSS, stretch window open", _get(pb, "mem_window_open", "pss_mib"), " MiB", 2),
        ("PSS 10 s after it closed", _get(pb, "mem_after_close", "pss_mib"), " MiB", 2),
        ("PSS, week window open", _get(pb, "week", "mem_open", "pss_mib"), " MiB", 2),
        ("PSS 10 s after the week window", _get(pb, "week", "mem_after_close", "pss_mib"), " MiB", 2),
        ("figure frames/s", _get(pb, "figure", "fps"), "/s", 1),
        ("figure: main-thread switches after close", _get(pb, "figure", "main_switches_after_close"), "", 0),
        ("Wayland: idle PSS", _get(wl, "mem_settled", "pss_mib"), " MiB", 2),
        ("Wayland: idle wakeups", _get(wl, "window", "wakeups_per_s"), "/s", 3),
        ("Wayland: default action -> focused (median)", _ms(wl.get("click"), median), " ms", 1),
        ("Wayland: PSS, window open", _get(wl, "mem_window_open", "pss_mib"), " MiB", 2),
        ("release binary size", size / 1e6 if size else None, " MB", 2),
    ]
    for name, label in (("workrave", "Workrave"), ("safeeyes", "Safe Eyes")):
        if name in apps:
            rows.append((f"{label}: idle PSS", _get(apps[name], "mem_settled", "pss_mib"), " MiB", 2))
            rows.append((f"{label}: idle wakeups", _get(apps[name], "window", "wakeups_per_s"), "/s", 3))
    return rows


def change(old, new, unit, nd):
    if old is None or new is None:
        return "n/a"
    delta = new - old
    text = f"{delta:+.{nd}f}{unit}"
    if old:
        text += f" ({delta / old * 100:+.0f}%)"
    return text


def describe(report):
    git = report.get("git") or {}
    return (f"{report.get('date', '?')}, commit {git.get('commit', '?')}"
            f"{' + uncommitted changes' if git.get('dirty') else ''}, `{report.get('command', '?')}`")


def rows(old, new):
    """Table rows (header first) for the figures either run has."""
    out = [("metric", "old", "new", "change")]
    new_figs = {label: v for label, v, _, _ in figures(new)}
    for label, v_old, unit, nd in figures(old):
        v_new = new_figs.get(label)
        if v_old is None and v_new is None:
            continue
        out.append((label, fmt(v_old, unit, nd), fmt(v_new, unit, nd), change(v_old, v_new, unit, nd)))
    return out


def compare(old_source, new_source, out):
    old, new = load(old_source), load(new_source)
    print(f"\nold: {old_source}: {describe(old)}", file=out)
    print(f"new: {new_source}: {describe(new)}\n", file=out)
    table(rows(old, new), out)
    print("", file=out)
    return 0
