"""Targets, the tables (terminal and markdown) and writing a run's results."""

import json
import os
import sys

from .common import MIB, median


# Targets (the issue's): (key, label, limit, unit, how it is judged).
TARGETS = {
    "idle_pss_mib": 8.0,
    "idle_wakeups_per_s": 0.05,
    "idle_cpu_s": 0.01,  # "about zero": at most one clock tick (10 ms) in the 60 s window
    "tray_ms": 150.0,
    "lateness_max_ms": 1000.0,
    "click_ms": 150.0,
    "after_close_delta_mib": 1.0,
    "binary_bytes": 9_000_000,
}


def fmt(v, unit="", nd=1):
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.{nd}f}{unit}"
    return f"{v}{unit}"


def evaluate(report):
    """Target rows: (metric, value text, target text, PASS/FAIL/n/a, note)."""
    pb = report["apps"].get("posture-break", {})
    rows = []

    def judge(ok):
        return "n/a" if ok is None else ("PASS" if ok else "FAIL")

    def split(m, k):
        return fmt((m.get("pss_split_mib") or {}).get(k), "", 2)

    idle = pb.get("mem_settled", {})
    pss = idle.get("pss_mib")
    rows.append(("idle PSS (5 s after start)", fmt(pss, " MiB", 2), "<= 8 MiB",
                 judge(None if pss is None else pss <= TARGETS["idle_pss_mib"]),
                 f"RSS {fmt(idle.get('rss_mib'), ' MiB', 2)}; PSS = binary {split(idle, 'exe')} + other files "
                 f"{split(idle, 'other_files')} + anon {split(idle, 'anon')}; after the idle window "
                 f"{fmt(pb.get('mem_end', {}).get('pss_mib'), ' MiB', 2)}"))
    w = pb.get("window", {})
    wk = w.get("wakeups_per_s")
    rows.append((f"idle wakeups ({fmt(w.get('window_s'), ' s', 0)} window)", fmt(wk, "/s", 3), "<= 0.05/s",
                 judge(None if wk is None else wk <= TARGETS["idle_wakeups_per_s"]),
                 f"{w.get('context_switches', 'n/a')} context switches ({w.get('voluntary', '?')} vol, "
                 f"{w.get('involuntary', '?')} invol) over {w.get('threads_counted', '?')} threads"))
    cpu = w.get("cpu_s")
    rows.append(("idle CPU (same window)", fmt(cpu, " s", 4), "~0 (<= 0.01 s)",
                 judge(None if cpu is None else cpu <= TARGETS["idle_cpu_s"]),
                 f"schedstat run time; utime+stime {w.get('process_ticks', 'n/a')} ticks = {fmt(w.get('cpu_s_ticks'), ' s', 2)}"))
    st = [r["ms"] for r in pb.get("startup", []) if r]
    n_st = len(pb.get("startup", []))
    rows.append(("start-up: exec -> tray registered", fmt(median(st), " ms") + " median",
                 "<= 150 ms (median)",
                 judge(None if not st else (median(st) <= TARGETS["tray_ms"] and len(st) == n_st)),
                 f"max {fmt(max(st) if st else None, ' ms')}, runs {', '.join(fmt(x, '', 0) for x in st)}"
                 + ("" if len(st) == n_st else f"; {n_st - len(st)} run(s) never registered")))
    late = [r["lateness_ms"] for r in pb.get("timer", []) if r]
    n_late = len(pb.get("timer", []))
    rows.append((f"reminder lateness, {n_late} x 2 s", fmt(max(late) if late else None, " ms") + " max",
                 "max <= 1000 ms",
                 judge(None if not late else (max(late) <= TARGETS["lateness_max_ms"] and len(late) == n_late)),
                 f"median {fmt(median(late), ' ms')}, min {fmt(min(late) if late else None, ' ms')}"
                 + ("" if len(late) == n_late else f"; {n_late - len(late)} reminder(s) missing")))
    wl = pb.get("window_long")
    if wl:
        rows.append((f"idle wakeups, {fmt(wl['window_s'], ' s', 0)} window (--long)", fmt(wl["wakeups_per_s"], "/s", 3), "<= 0.05/s",
                     judge(wl["wakeups_per_s"] <= TARGETS["idle_wakeups_per_s"]),
                     f"{wl['context_switches']} context switches, CPU {fmt(wl['cpu_s'], ' s', 4)}"))
    lt = [r["lateness_ms"] for r in pb.get("timer_long", []) if r]
    if "timer_long" in pb:
        rows.append(("reminder lateness, 1 x 10 min", fmt(lt[0] if lt else None, " ms"), "<= 1000 ms",
                     judge(None if not lt else lt[0] <= TARGETS["lateness_max_ms"]), "--long"))
    else:
        rows.append(("reminder lateness, 1 x 10 min", "not run", "<= 1000 ms", "n/a", "run with --long"))
    ac_w = pb.get("away_cycle")
    if ac_w:
        seen = ac_w.get("saw_away") and ac_w.get("saw_back")
        rows.append(("wakeups for one away/back cycle", f"{ac_w['context_switches']} context switches",
                     "a handful, not a rate", judge(bool(seen) and ac_w["context_switches"] <= 40),
                     f"8 s window: XSync idle alarm at 2 s, input at 5 s (away seen {ac_w.get('saw_away')}, "
                     f"back seen {ac_w.get('saw_back')}); CPU {fmt(ac_w['cpu_s'], ' s', 4)}"))
    ay = pb.get("a11y_idle")
    if ay:
        aw, am = ay.get("window") or {}, ay.get("mem_settled") or {}
        adelta = None if am.get("pss_mib") is None or pss is None else round(am["pss_mib"] - pss, 2)
        rows.append(("accessibility bus on, no window: PSS and wakeups",
                     ay.get("error") or f"{fmt(am.get('pss_mib'), ' MiB', 2)}, "
                     f"{aw.get('context_switches', 'n/a')} context switches",
                     "<= idle + 0.3 MiB, 0 wakeups",
                     judge(None if adelta is None else (adelta <= 0.3 and aw.get("context_switches") == 0)),
                     f"{'+' if (adelta or 0) >= 0 else ''}{fmt(adelta, ' MiB', 2)} vs idle; at-spi2-core's bus "
                     f"launcher with AT-SPI enabled, {fmt(aw.get('window_s'), ' s', 0)} window"))
    sy = pb.get("sync_idle")
    if sy:
        sw, sm = sy.get("window") or {}, sy.get("mem_settled") or {}
        sdelta = None if sm.get("pss_mib") is None or pss is None else round(sm["pss_mib"] - pss, 2)
        rows.append(("sync on, idle peer: PSS and wakeups", f"{fmt(sm.get('pss_mib'), ' MiB', 2)}, "
                     f"{sw.get('context_switches', 'n/a')} context switches",
                     "<= idle + 0.3 MiB, 0 wakeups",
                     judge(None if sdelta is None else (sdelta <= 0.3 and sw.get("context_switches") == 0
                                                        and sy.get("peers_seen") == ["desk"])),
                     f"{'+' if (sdelta or 0) >= 0 else ''}{fmt(sdelta, ' MiB', 2)} vs idle; a week of a peer's "
                     f"lines ({sy.get('peer_lines')}), {fmt(sw.get('window_s'), ' s', 0)} window while the "
                     f"folder does not change; peers seen {sy.get('peers_seen')}"))
    nu = pb.get("nudges")
    if nu:
        per = None if not nu["nudges"] else round(nu["main_thread_switches"] / nu["nudges"], 2)
        fs = pb.get("nudges_fullscreen_asked") or {}
        fs_per = None if not fs.get("nudges") else round(fs["main_thread_switches"] / fs["nudges"], 2)
        rows.append(("main-thread wakeups per posture nudge", fmt(per, "", 2), "1 (one deadline each)",
                     judge(per is not None and per <= 1.2),
                     f"{nu['nudges']} nudges every 5 s in {fmt(nu['window_s'], ' s', 0)}, hold_when = []: main "
                     f"thread {nu['main_thread_switches']} switches, all threads {nu['context_switches']}; "
                     f"with fullscreen asked at each nudge (an X round trip in the same wake): "
                     f"{fmt(fs_per, '', 2)} per nudge, all threads {fs.get('context_switches')}"))
    cl = [r["ms"] for r in pb.get("click", []) if r]
    n_cl = len(pb.get("click", []))
    rows.append(("click -> stretch window mapped", fmt(median(cl), " ms") + " median", "<= 150 ms (median)",
                 judge(None if not cl else (median(cl) <= TARGETS["click_ms"] and len(cl) == n_cl)),
                 f"max {fmt(max(cl) if cl else None, ' ms')}, runs {', '.join(fmt(x, '', 0) for x in cl)}"))
    wo = pb.get("mem_window_open") or {}
    rows.append(("PSS with the stretch window open", fmt(wo.get("pss_mib"), " MiB", 2), "(report)", "",
                 f"RSS {fmt(wo.get('rss_mib'), ' MiB', 2)}"))
    ac = pb.get("mem_after_close") or {}
    delta = None if ac.get("pss_mib") is None or pss is None else round(ac["pss_mib"] - pss, 2)
    udelta = "n/a" if ac.get("uss_mib") is None or idle.get("uss_mib") is None else \
        f"{ac['uss_mib'] - idle['uss_mib']:+.2f} MiB"
    rows.append(("PSS 10 s after the window closed", fmt(ac.get("pss_mib"), " MiB", 2),
                 "<= idle + 1 MiB", judge(None if delta is None else delta <= TARGETS["after_close_delta_mib"]),
                 f"{'+' if (delta or 0) >= 0 else ''}{fmt(delta, ' MiB', 2)} vs idle (USS {udelta}); binary "
                 f"{split(ac, 'exe')}, other files {split(ac, 'other_files')}, anon {split(ac, 'anon')}; "
                 f"RSS {fmt(ac.get('rss_mib'), ' MiB', 2)}"))
    wk = pb.get("week") or {}
    wo, wc = wk.get("mem_open") or {}, wk.get("mem_after_close") or {}
    w_open, w_after = wk.get("window_open") or {}, wk.get("window_after_close") or {}
    rows.append(("PSS with the week window open", fmt(wo.get("pss_mib"), " MiB", 2), "(report)", "",
                 f"RSS {fmt(wo.get('rss_mib'), ' MiB', 2)}; opened {fmt(wk.get('open_ms'), ' ms')} after "
                 f"Activate; {w_open.get('context_switches', 'n/a')} context switches in 5 s while open"))
    wdelta = None if wc.get("pss_mib") is None or pss is None else round(wc["pss_mib"] - pss, 2)
    rows.append(("PSS 10 s after the week window closed", fmt(wc.get("pss_mib"), " MiB", 2),
                 "<= idle + 1 MiB",
                 judge(None if wdelta is None else (wdelta <= TARGETS["after_close_delta_mib"]
                                                    and w_after.get("context_switches") == 0)),
                 f"{'+' if (wdelta or 0) >= 0 else ''}{fmt(wdelta, ' MiB', 2)} vs idle; closed by Esc "
                 f"{wk.get('closed')}; {w_after.get('context_switches', 'n/a')} context switches in the "
                 f"5 s after"))
    fg = pb.get("figure") or {}
    if fg:
        fo, fc = fg.get("mem_open") or {}, fg.get("mem_after_close") or {}
        rows.append(("figure animating: frames drawn", f"{fmt(fg.get('fps'), '/s')}", "(report)", "",
                     f"{fg.get('frames')} frames in {fmt(fg.get('open_s'), ' s')} (display rate while the "
                     f"figure moves); CPU {fmt((fg.get('cpu_open_share') or 0) * 100, '%', 1)} of a core; "
                     f"PSS open {fmt(fo.get('pss_mib'), ' MiB', 2)}"))
        idle_pss = pss
        fdelta = None if idle_pss is None or fc.get("pss_mib") is None else round(fc["pss_mib"] - idle_pss, 2)
        main = fg.get("main_switches_after_close")
        rows.append(("figure: frames / wake-ups after close", f"{main} main-thread switches" if main is not None
                     else "n/a", "0 in 10 s", judge(None if main is None else main == 0),
                     f"from 4 s after close (past the one settle wake at 3 s); all threads "
                     f"{fg.get('switches_after_close')} switches; PSS 10 s after close "
                     f"{fmt(fc.get('pss_mib'), ' MiB', 2)} ({'+' if (fdelta or 0) >= 0 else ''}{fmt(fdelta, ' MiB', 2)} vs idle)"))
    qu = pb.get("question") or {}
    if qu:
        asking, after = qu.get("main_switches_asking"), qu.get("main_switches_after_close")
        rows.append(("question after a stretch: wake-ups", f"{asking} / {after} main-thread switches"
                     if after is not None else "n/a", "0 in 10 s after close",
                     judge(None if after is None else after == 0),
                     f"{asking} while it asks (5 s), {after} over 10 s from 3.5 s after Esc closed it; "
                     f"all threads {qu.get('switches_after_close')}"))
    wl = (report.get("wayland") or {}).get("posture-break")
    if wl is not None:
        wm = wl.get("mem_settled", {})
        wp = wm.get("pss_mib")
        rows.append(("Wayland (sway): idle PSS (5 s after start)", fmt(wp, " MiB", 2), "<= 8 MiB",
                     judge(None if wp is None else wp <= TARGETS["idle_pss_mib"]),
                     f"RSS {fmt(wm.get('rss_mib'), ' MiB', 2)}; PSS = binary {split(wm, 'exe')} + other "
                     f"files {split(wm, 'other_files')} + anon {split(wm, 'anon')}"))
        ww = wl.get("window", {})
        wwk = ww.get("wakeups_per_s")
        rows.append((f"Wayland (sway): idle wakeups ({fmt(ww.get('window_s'), ' s', 0)} window)",
                     fmt(wwk, "/s", 3), "<= 0.05/s",
                     judge(None if wwk is None else wwk <= TARGETS["idle_wakeups_per_s"]),
                     f"{ww.get('context_switches', 'n/a')} context switches over "
                     f"{ww.get('threads_counted', '?')} threads; CPU {fmt(ww.get('cpu_s'), ' s', 4)}"))
        wc = [r["ms"] for r in wl.get("click", []) if r]
        n_wc = len(wl.get("click", []))
        shells = sorted({r["shell"] for r in wl.get("click", []) if r})
        rows.append(("Wayland (sway): default action -> window focused", fmt(median(wc), " ms") + " median",
                     "<= 150 ms (median)",
                     judge(None if not wc else (median(wc) <= TARGETS["click_ms"] and len(wc) == n_wc)),
                     f"max {fmt(max(wc) if wc else None, ' ms')}, runs {', '.join(fmt(x, '', 0) for x in wc)}; "
                     f"shell {', '.join(shells) or 'n/a'}; `makoctl invoke` (ActionInvoked -> sway focus event)"))
        wo2 = wl.get("mem_window_open") or {}
        rows.append(("Wayland (sway): PSS with the window open", fmt(wo2.get("pss_mib"), " MiB", 2),
                     "(report)", "", f"RSS {fmt(wo2.get('rss_mib'), ' MiB', 2)}"))
    b = report.get("binary", {})
    size = b.get("bytes")
    rows.append(("release binary size", f"{size / 1e6:.2f} MB" if size else "n/a", "<= 9 MB",
                 judge(None if size is None else size <= TARGETS["binary_bytes"]),
                 f"{size:,} bytes = {size / MIB:.2f} MiB" if size else ""))
    bi = report.get("build", {})
    rows.append(("release build time", fmt(bi.get("seconds"), " s"), "(report)", "", bi.get("kind", "")))
    return rows


def peer_rows(report):
    apps = report["apps"]
    pb = apps.get("posture-break", {})
    names = [n for n in ("workrave", "safeeyes") if n in apps]
    if not names:
        return None
    labels = {"workrave": "Workrave", "safeeyes": "Safe Eyes"}
    secs = fmt(pb.get("window", {}).get("window_s"), "", 0)
    vers = report.get("peer_packages", {})

    def col(app, what):
        if "mem_settled" not in app:
            return None
        w = app["window"]
        st = [r["ms"] for r in app.get("startup", []) if r]
        return {
            "pss": app["mem_settled"]["pss_mib"],
            "rss": app["mem_settled"]["rss_mib"],
            "cpu": w["cpu_s"],
            "wk": w["wakeups_per_s"],
            "thr": w["threads_end"],
            "start": median(st) if st else None,
            "startkind": next((r["kind"] for r in app.get("startup", []) if r), None),
        }[what]

    header = ["metric", "posture-break"] + [f"{labels[n]} {vers.get(n) or ''}".strip() for n in names] \
        + [f"pb / {labels[n]}" for n in names]
    rows = [header]
    for what, label, unit, nd in (("pss", "idle PSS", " MiB", 2), ("rss", "idle RSS", " MiB", 2),
                                  ("cpu", f"idle CPU in {secs} s", " s", 4), ("wk", "idle wakeups", "/s", 3),
                                  ("thr", "threads", "", 0), ("start", "start-up to tray item (median)", " ms", 0)):
        v_pb = col(pb, what)
        cells = [label, fmt(v_pb, unit, nd)]
        ratios = []
        for n in names:
            a = apps[n]
            if "mem_settled" not in a:
                cells.append("n/a: " + a.get("error", "did not run"))
                ratios.append("n/a")
                continue
            v = col(a, what)
            extra = ""
            if what == "start" and v is not None:
                extra = f" ({col(a, 'startkind')})"
            cells.append(fmt(v, unit, nd) + extra if v is not None else "n/a (no tray item detected)")
            if what in ("pss", "rss", "wk", "cpu") and v and v_pb is not None:
                ratios.append(f"{v_pb / v:.2f}")
            else:
                ratios.append("n/a" if what in ("pss", "rss", "wk", "cpu") else "")
        rows.append(cells + ratios)
    return rows


def table(rows, out):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for j, r in enumerate(rows):
        print("  " + "  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip(), file=out)
        if j == 0:
            print("  " + "  ".join("-" * w for w in widths), file=out)


def markdown(rows):
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join("---" for _ in rows[0]) + "|"]
    for r in rows[1:]:
        lines.append("| " + " | ".join(str(c).replace("|", "/") for c in r) + " |")
    return "\n".join(lines)


def print_threads(name, w, out):
    print(f"\n  per-thread, {name}, {w['window_s']} s window (tid, name, voluntary, involuntary, CPU ms, "
          f"state, final counters from):", file=out)
    for r in w["threads"]:
        print(f"    {r['tid']:>8} {r['comm']:<16} {r['vol']:>6} {r['invol']:>6} {r['cpu_ms']:>9.3f}  "
              f"{r['state']:<8} {r['final_from']}", file=out)
    print(f"    threads at start {w['threads_start']}, at end {w['threads_end']}, counted {w['threads_counted']}"
          f" ({w['exit_records_used']} from exit records); utime+stime+cutime+cstime of the processes: "
          f"{w['process_ticks']} ticks, per-thread sum {w['cpu_ticks']} ticks\n", file=out)


def render(report, out, verbose):
    print("", file=out)
    print(f"posture-break footprint benchmark — {report['date']}, commit {report['git']['commit']}"
          f"{' (dirty tree)' if report['git']['dirty'] else ''}", file=out)
    m = report["machine"]
    print(f"  {m['cpus']} CPUs ({m['cpu']}), kernel {m['kernel']}, {m['rustc']}; "
          f"loadavg before {report['loadavg_before']}, after {report['loadavg_after']}", file=out)
    tray = ("trayer (XEmbed only, no StatusNotifierWatcher)" if report.get("tray") == "xembed"
            else f"xfce4-panel {m['xfce4-panel']}")
    print(f"  session: Xvfb + private session bus + dunst {m['dunst']} + {tray} "
          f"(tests/desktop/session.sh)", file=out)
    print("", file=out)
    rows = [("metric", "posture-break", "target", "result", "detail")] + evaluate(report)
    table(rows, out)
    fails = [r[0] for r in rows[1:] if r[3] == "FAIL"]
    print("", file=out)
    print(f"  targets: {sum(1 for r in rows[1:] if r[3] == 'PASS')} PASS, {len(fails)} FAIL"
          + (": " + "; ".join(fails) if fails else ""), file=out)
    for f in fails:
        print(f"  FAIL: {f}", file=out)
    pb = report["apps"].get("posture-break", {})
    pr = peer_rows(report)
    if pr:
        w = pb.get("window", {}).get("window_s")
        print(f"\n  peers, same session, same code (each alone; idle = {report.get('settle_s', 5)} s settle + "
              f"{fmt(w, ' s', 0)} window):", file=out)
        table(pr, out)
        for n in ("workrave", "safeeyes"):
            a = report["apps"].get(n, {})
            if "error" in a:
                print(f"  {n}: {a['error']}", file=out)
    if verbose:
        for name, a in report["apps"].items():
            if "window" in a:
                print_threads(name, a["window"], out)
            if a.get("smaps_top"):
                print(f"  biggest PSS contributors, {name}, idle:", file=out)
                for r in a["smaps_top"][:10]:
                    print(f"    {r['pss_kb']:>7} kB  {r['mapping']}", file=out)
        if pb.get("smaps_top_after_close"):
            print("  biggest PSS contributors, posture-break, 10 s after the window closed:", file=out)
            for r in pb["smaps_top_after_close"][:10]:
                print(f"    {r['pss_kb']:>7} kB  {r['mapping']}", file=out)
    for n in report.get("notes", []):
        print(f"  note: {n}", file=out)
    print("", file=out)
    return rows, pr


def publish(report, path, args):
    """Prints the tables and (re)writes <path>.json/.md plus latest.json/latest.md beside it."""
    rows, pr = render(report, sys.stdout, args.verbose)
    report["table"] = [list(r) for r in rows]
    if pr:
        report["peer_table"] = pr
    md = [f"Footprint benchmark ({report['date'][:10]}, commit {report['git']['commit']}"
          f"{' + uncommitted changes' if report['git']['dirty'] else ''}, {report['machine']['cpus']} CPUs, "
          f"`{report.get('command', 'benches/footprint')}`):", "", markdown(rows)]
    if pr:
        md += ["", markdown(pr)]
    out_dir = os.path.dirname(os.path.abspath(path))
    stem = os.path.basename(path)[:-len(".json")]
    latest = "latest-xembed" if report.get("tray") == "xembed" else "latest"
    for name in (stem, latest):
        with open(os.path.join(out_dir, name + ".json"), "w") as f:
            json.dump(report, f, indent=1)
            f.write("\n")
        with open(os.path.join(out_dir, name + ".md"), "w") as f:
            f.write("\n".join(md) + "\n")
    print(f"wrote {os.path.relpath(path, os.getcwd())} (+ .md, {latest}.json, {latest}.md)")
    return 0
