"""The measurements inside a session, one function per phase; each starts and stops the app."""

import datetime as dt
import os
import re
import subprocess
import threading
import time

from .apps import PostureBreak
from .common import log, read
from .procfs import descendants, main_thread_switches, measure_window, mem, smaps_top
from .watchers import bus_call, sni_registered, wait_pb_window, xembed_icon


def wait_tray(app, mon, timeout=20.0):
    """Time from exec to the app's tray item: a StatusNotifierItemRegistered signal, or (apps with
    a tray_class) an XEmbed icon docked in the panel, whichever comes first."""
    t0 = app.t_exec
    found = {}
    stop = threading.Event()

    def poll_xembed():
        while not stop.is_set() and time.time() < t0 + timeout:
            if xembed_icon(app.tray_class):
                found["xembed"] = time.time()
                with mon.cond:
                    mon.cond.notify_all()
                return
            time.sleep(0.02)

    if app.tray_class:
        threading.Thread(target=poll_xembed, daemon=True).start()
    deadline = t0 + timeout
    result = None
    with mon.cond:
        while True:
            for e in mon.events:
                if e["time"] >= t0 and e["member"] == "StatusNotifierItemRegistered":
                    result = ("sni", e["time"], e["args"][0] if e["args"] else "")
                    break
            if result is None and "xembed" in found:
                result = ("xembed", found["xembed"], "")
            if result or time.time() > deadline or app.proc.poll() is not None:
                break
            mon.cond.wait(0.05)
    stop.set()
    if not result:
        return None
    kind, t, item = result
    return {"kind": kind, "ms": round((t - t0) * 1000, 1), "item": re.sub(r'^string "(.*)"$', r"\1", item)}


def startup_runs(app, mon, runs):
    out = []
    for i in range(runs):
        app.start()
        r = wait_tray(app, mon)
        if isinstance(app, PostureBreak):
            app.wait_socket()
        time.sleep(0.5)
        app.stop()
        if r:
            log(f"  {app.name} start-up run {i + 1}/{runs}: tray item after {r['ms']} ms ({r['kind']})")
        else:
            log(f"  {app.name} start-up run {i + 1}/{runs}: no tray item within 20 s")
        out.append(r)
        time.sleep(1.0)  # let the panel drop the old item
    return out


def idle_phase(app, ts, settle, secs, verbose):
    """Start, settle, memory, idle window, memory again. Leaves the app running."""
    app.start()
    time.sleep(settle)
    if app.proc.poll() is not None:
        return {"error": f"{app.name} exited during start-up (code {app.proc.returncode})"}
    pids = descendants(app.proc.pid)
    res = {"mem_settled": mem(pids), "smaps_top": smaps_top(pids)}
    log(f"  {app.name}: PSS {res['mem_settled']['pss_mib']} MiB, RSS {res['mem_settled']['rss_mib']} MiB "
        f"after {settle} s; idle window {secs} s ...")
    res["window"] = measure_window(app.proc.pid, secs, ts)
    res["mem_end"] = mem(descendants(app.proc.pid))
    w = res["window"]
    log(f"  {app.name}: {w['context_switches']} context switches in {w['window_s']} s "
        f"({w['wakeups_per_s']}/s), CPU {w['cpu_s']} s")
    return res


def user_input():
    subprocess.run(["xdotool", "mousemove_relative", "--", "1", "0"], check=False)


def away_cycle(pb, ts):
    """Wakeups caused by the user going away (idle 2 s) and coming back: input, 8 s window with
    the idle alarm at ~2 s and input again at ~5 s. The log must show both transitions."""
    pb.configure("45m", extra='[presence]\nidle_after = "2s"\nnatural_break = "1h"\n')
    pb.start()
    pb.wait_socket()
    time.sleep(1.0)
    log_file = os.path.join(os.environ["XDG_STATE_HOME"], "posture-break", "posture-break.log")
    before = read(log_file) if os.path.exists(log_file) else ""
    user_input()
    timer = threading.Timer(5.0, user_input)
    timer.start()
    window = measure_window(pb.proc.pid, 8.0, ts)
    timer.join()
    after = read(log_file) if os.path.exists(log_file) else ""
    new = after[len(before):]
    window["saw_away"] = "away since" in new
    window["saw_back"] = "info: back" in new
    pb.stop()
    log(f"  away/back cycle: {window['context_switches']} context switches "
        f"(away seen {window['saw_away']}, back seen {window['saw_back']})")
    return window


def sync_phase(pb, ts, settle, secs):
    """Sync on with an idle peer: a folder holding a week of another machine's lines (about 40
    a day: stretches, reminder ends, presence), the app started on it, PSS after `settle`, then
    an idle window while nothing in the folder changes. The folder watch is one thread blocked
    in read(2): no wakeups."""
    folder = os.path.join(os.path.dirname(pb.cfg_dir), "sync-folder")
    os.makedirs(folder, exist_ok=True)
    now = time.time()
    events = ["active", "reminder_over", "completed", "reminder_over", "skipped", "away"]
    with open(os.path.join(folder, "desk.jsonl"), "w") as f:
        for i in range(7 * 40):
            at = now - 7 * 86400 + i * (86400 / 40)
            ts_text = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(at))
            event = events[i % len(events)]
            extra = ', "exercise": "chin-tuck"' if event in ("completed", "skipped") else ""
            f.write(f'{{"ts": "{ts_text}", "event": "{event}"{extra}}}\n')
    # No away alarm in the window: this machine's own "away" line would be a change.
    pb.configure("45m", extra=f'[presence]\nidle_after = "1h"\nnatural_break = "1h"\n'
                             f'[sync]\nfolder = "{folder}"\nname = "laptop"\n')
    pb.start()
    try:
        pb.wait_socket()
        time.sleep(settle)
        pids = descendants(pb.proc.pid)
        out = {"mem_settled": mem(pids), "peer_lines": 7 * 40}
        out["window"] = measure_window(pb.proc.pid, secs, ts)
        status, _, _ = pb.request({"cmd": "status"})
        peers = ((status.get("status") or {}).get("sync") or {}).get("peers") or []
        out["peers_seen"] = [p.get("name") for p in peers]
    finally:
        pb.stop()
        pb.configure("45m")
    w = out["window"]
    log(f"  sync on, idle peer: PSS {out['mem_settled']['pss_mib']} MiB, "
        f"{w['context_switches']} context switches in {w['window_s']} s; peers {out['peers_seen']}")
    return out


def a11y_idle_phase(pb, ts, settle, secs):
    """Idle with the accessibility bus enabled (as with Orca running): at-spi2-core's bus
    launcher on the session bus with AT-SPI turned on, the app started, PSS after `settle`, an
    idle window. The app opens its accessibility connection only with a window, so this must
    cost what plain idle costs."""
    launcher_bin = "/usr/libexec/at-spi-bus-launcher"
    if not os.path.exists(launcher_bin):
        return {"error": "at-spi2-core is not installed"}
    env = dict(os.environ, GSETTINGS_BACKEND="memory")
    launcher = subprocess.Popen([launcher_bin, "--launch-immediately"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
    try:
        enabled = False
        for _ in range(50):
            r = subprocess.run(["gdbus", "call", "--session", "--dest", "org.a11y.Bus",
                                "--object-path", "/org/a11y/bus", "--method",
                                "org.freedesktop.DBus.Properties.Set", "org.a11y.Status",
                                "IsEnabled", "<true>"], capture_output=True)
            if r.returncode == 0:
                enabled = True
                break
            time.sleep(0.1)
        if not enabled:
            return {"error": "the accessibility bus did not start"}
        pb.start()
        try:
            pb.wait_socket()
            time.sleep(settle)
            pids = descendants(pb.proc.pid)
            out = {"mem_settled": mem(pids), "window": measure_window(pb.proc.pid, secs, ts)}
        finally:
            pb.stop()
    finally:
        os.killpg(launcher.pid, 15)
        launcher.wait()
    w = out["window"]
    log(f"  accessibility bus on: PSS {out['mem_settled']['pss_mib']} MiB, "
        f"{w['context_switches']} context switches in {w['window_s']} s")
    return out


def nudge_phase(pb, ts, hold_when, every_s=5, secs=30.0):
    """Posture nudges every `every_s` seconds: the main thread's context switches over a
    `secs` window against the nudges the log shows there. Each nudge is one deadline, so with
    `hold_when = []` the main thread switches once per nudge; with fullscreen in `hold_when` the
    fullscreen window is asked about (an X round trip) in the same wake. The notification is sent
    from a short-lived thread of its own, counted in the all-threads figure."""
    pb.configure("45m", extra=f'[presence]\nidle_after = "1h"\nnatural_break = "1h"\n'
                             f'hold_when = {hold_when}\n'
                             f'[posture]\nnudge_every = "{every_s}s"\n')
    log_file = os.path.join(os.environ["XDG_STATE_HOME"], "posture-break", "posture-break.log")
    pb.start()
    try:
        pb.wait_socket()
        time.sleep(3.5)  # past the start-up settle deadline
        before = read(log_file) if os.path.exists(log_file) else ""
        s0 = main_thread_switches(pb.proc.pid)
        window = measure_window(pb.proc.pid, secs, ts)
        main = main_thread_switches(pb.proc.pid) - s0
        new = (read(log_file) if os.path.exists(log_file) else "")[len(before):]
        nudges = new.count("posture nudge:")
    finally:
        pb.stop()
        pb.configure("45m")
    out = {"window_s": window["window_s"], "nudges": nudges, "main_thread_switches": main,
           "context_switches": window["context_switches"], "cpu_s": window["cpu_s"],
           "hold_when": hold_when}
    log(f"  nudges (hold_when = {hold_when}): {nudges} in {window['window_s']} s; main thread "
        f"{main} switches, all threads {window['context_switches']}")
    return out


FLOW_EXERCISE = """[[exercise]]
id = "bench-flow"
name = "Bench flow"
position = "floor"
areas = ["middle back"]
caution = "Gently."
steps = [
  { text = "Flow.", secs = 60, pose = { view = "side", prop = "mat", lean = 90, hip = 108, knee = 90, spine = -36, neck = -40, arms = { raise = 72 } }, flow = [{ lean = 90, hip = 68, knee = 90, spine = 44, neck = 45, arms = { raise = 112 } }] },
]
"""


def figure_phase(pb, xw, ts, open_secs=5.0):
    """The stretch window animating a flowing figure: frames per second while open (the app logs
    its frame count when the window closes), memory while open and 10 s after close, and the
    main thread's context switches over those 10 s (no frames, no wake-ups)."""
    ex_file = os.path.join(pb.cfg_dir, "exercises.toml")
    with open(ex_file, "w") as f:
        f.write(FLOW_EXERCISE)
    state = os.path.join(os.environ["XDG_STATE_HOME"], "posture-break", "state.json")
    with open(state, "w") as f:  # ours has the highest credit in the rotation: it comes next
        f.write('{"welcomed": true, "rotation": {"credits": {"bench-flow": 1000}}}\n')
    # configure()'s [stretch] section plus the position filter that makes ours eligible.
    with open(os.path.join(pb.cfg_dir, "config.toml"), "w") as f:
        f.write('[schedule]\ninterval = "45m"\n[stretch]\nduration = "60s"\npositions = ["floor"]\n'
                '[notification]\ntimeout = "60s"\nsound = false\n')
    log_file = os.path.join(os.environ["XDG_STATE_HOME"], "posture-break", "posture-break.log")
    out = {}
    pb.start()
    try:
        pb.wait_socket()
        time.sleep(1.0)
        before = read(log_file) if os.path.exists(log_file) else ""
        t_req = time.time()
        pb.request({"cmd": "stretch"})
        mapped = wait_pb_window(xw, t_req - 0.01, timeout=10)
        if not mapped:
            out["error"] = "window not mapped"
            return out
        time.sleep(open_secs / 2)
        out["mem_open"] = mem(descendants(pb.proc.pid))
        busy = measure_window(pb.proc.pid, open_secs / 2, ts)
        out["cpu_open_share"] = round(busy["cpu_s"] / (open_secs / 2), 3)
        pb.request({"cmd": "skip"})
        xw.wait(lambda e: e["type"] in ("UnmapNotify", "DestroyNotify") and e["window"] == mapped["window"],
                timeout=5, after=t_req)
        time.sleep(0.5)
        new = (read(log_file) if os.path.exists(log_file) else "")[len(before):]
        m = re.search(r"stretch window: (\d+) frames in ([\d.]+) s \(([\d.]+)/s\)", new)
        if m:
            out["frames"], out["open_s"], out["fps"] = int(m.group(1)), float(m.group(2)), float(m.group(3))
        # The app wakes once 3 s after a window closed to give the code that ran back to the
        # kernel (its settle deadline); the window that must stay silent starts after it.
        time.sleep(3.5)
        s0 = main_thread_switches(pb.proc.pid)
        window = measure_window(pb.proc.pid, 10.0, ts)
        out["main_switches_after_close"] = main_thread_switches(pb.proc.pid) - s0
        out["switches_after_close"] = window["context_switches"]
        out["mem_after_close"] = mem(descendants(pb.proc.pid))
        log(f"  figure: {out.get('frames')} frames in {out.get('open_s')} s ({out.get('fps')}/s); "
            f"after close: main thread {out['main_switches_after_close']} switches, all threads "
            f"{out['switches_after_close']} over 10 s")
    finally:
        pb.stop()
        os.remove(ex_file)
        with open(state, "w") as f:
            f.write('{"welcomed": true}\n')
        pb.configure("45m")
    return out


def press_key(wid, key):
    """Focuses the window and presses `key` (an X keysym name) through XTEST."""
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], capture_output=True, timeout=10)
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], capture_output=True, timeout=10)


def question_phase(pb, xw, ts):
    """The question after a stretch ("How did that feel?"): Enter ends the stretch, the window
    asks; main-thread switches while it asks (it draws once and waits for its one deadline) and
    over 10 s after Esc closed it (none: the question left no timer behind)."""
    pid = pb.proc.pid
    out = {}
    t_req = time.time()
    pb.request({"cmd": "stretch"})
    mapped = wait_pb_window(xw, t_req - 0.01, timeout=10)
    if not mapped:
        log("  question: window not mapped")
        return out
    wid = str(mapped["window"])
    time.sleep(1.0)
    press_key(wid, "Return")
    time.sleep(1.0)  # the stretch's end written, the question drawn
    s0 = main_thread_switches(pid)
    time.sleep(5.0)
    out["main_switches_asking"] = main_thread_switches(pid) - s0
    t_close = time.time()
    press_key(wid, "Escape")
    gone = xw.wait(lambda e: e["type"] in ("UnmapNotify", "DestroyNotify") and e["window"] == mapped["window"],
                   timeout=5, after=t_close - 0.01)
    out["closed"] = bool(gone)
    time.sleep(3.5)  # past the one settle wake at 3 s
    s0 = main_thread_switches(pid)
    window = measure_window(pid, 10.0, ts)
    out["main_switches_after_close"] = main_thread_switches(pid) - s0
    out["switches_after_close"] = window["context_switches"]
    log(f"  question: main thread {out['main_switches_asking']} switches in 5 s while asking; "
        f"closed by Esc {out['closed']}; after close main thread {out['main_switches_after_close']}, "
        f"all threads {out['switches_after_close']} switches over 10 s")
    return out


def click_runs(pb, mon, xw, runs):
    """Reminder shown -> dunstctl action 0 -> ActionInvoked -> stretch window mapped."""
    out = []
    mem_open = None
    for i in range(runs):
        user_input()  # a user at the computer: a reminder for someone away is held, not shown
        _, t_req, _ = pb.request({"cmd": "snooze", "secs": 1})
        note = mon.wait(lambda e: e["member"] == "Notify", timeout=10, after=t_req)
        if not note:
            out.append(None)
            log(f"  click run {i + 1}: no reminder")
            continue
        # dunst shows it a moment later; dunstctl is safe now (dunst owns the name).
        deadline = time.time() + 5
        while time.time() < deadline:
            r = subprocess.run(["dunstctl", "count", "displayed"], capture_output=True, text=True)
            if r.stdout.strip() not in ("", "0"):
                break
            time.sleep(0.02)
        time.sleep(0.2)
        t_cmd = time.time()
        subprocess.run(["dunstctl", "action", "0"], capture_output=True)
        inv = mon.wait(lambda e: e["member"] == "ActionInvoked", timeout=5, after=t_cmd - 0.01)
        mapped = wait_pb_window(xw, t_cmd - 0.01, timeout=10)
        if not inv or not mapped:
            log(f"  click run {i + 1}: ActionInvoked {'seen' if inv else 'missing'}, window "
                f"{'mapped' if mapped else 'not mapped'}")
            out.append(None)
        else:
            ms = round((mapped["time"] - inv["time"]) * 1000, 1)
            out.append({"ms": ms, "from_command_ms": round((mapped["time"] - t_cmd) * 1000, 1),
                        "action": inv["args"][1] if len(inv["args"]) > 1 else ""})
            log(f"  click run {i + 1}/{runs}: ActionInvoked -> window mapped {ms} ms "
                f"(from `dunstctl action 0`: {out[-1]['from_command_ms']} ms)")
        if i == runs - 1 and mapped:
            time.sleep(2.0)
            mem_open = mem(descendants(pb.proc.pid))
        t_skip = time.time()
        pb.request({"cmd": "skip"})
        if mapped:
            xw.wait(lambda e: e["type"] in ("UnmapNotify", "DestroyNotify") and e["window"] == mapped["window"],
                    timeout=5, after=t_skip - 0.01)
        time.sleep(0.5)
    return out, mem_open


def week_window_phase(pb, xw, ts):
    """The "Your week" window opened as a left click on the tray icon does (SNI Activate):
    memory and wakeups while it is open (it draws only when exposed), memory and wakeups after
    Esc closed it."""
    pid = pb.proc.pid
    item = next((e for e in sni_registered() if f"-{pid}-" in e), None)
    if not item:
        log("  week window: the tray item was not found")
        return {}
    service, _, path = item.partition("/")
    t_cmd = time.time()
    bus_call("--dest", service, "--object-path", "/" + path, "--method",
             "org.kde.StatusNotifierItem.Activate", "0", "0")
    mapped = wait_pb_window(xw, t_cmd - 0.01, timeout=10)
    if not mapped:
        log("  week window: not mapped")
        return {}
    out = {"open_ms": round((mapped["time"] - t_cmd) * 1000, 1)}
    time.sleep(2.0)
    out["mem_open"] = mem(descendants(pid))
    out["window_open"] = measure_window(pid, 5.0, ts)
    wid = str(mapped["window"])
    t_close = time.time()
    press_key(wid, "Escape")
    gone = xw.wait(lambda e: e["type"] in ("UnmapNotify", "DestroyNotify") and e["window"] == mapped["window"],
                   timeout=5, after=t_close - 0.01)
    out["closed"] = bool(gone)
    time.sleep(10)
    out["mem_after_close"] = mem(descendants(pid))
    out["window_after_close"] = measure_window(pid, 5.0, ts)
    log(f"  week window: open {out['open_ms']} ms after Activate, PSS open "
        f"{out['mem_open'].get('pss_mib')} MiB, {out['window_open']['context_switches']} switches in 5 s; "
        f"closed {out['closed']}, PSS 10 s later {out['mem_after_close'].get('pss_mib')} MiB, "
        f"{out['window_after_close']['context_switches']} switches in 5 s")
    return out


def wayland_click_runs(pb, mon, sw, runs):
    """Reminder in mako -> `makoctl invoke` -> ActionInvoked -> stretch window focused (sway)."""
    out = []
    mem_open = None
    for i in range(runs):
        _, t_req, _ = pb.request({"cmd": "snooze", "secs": 1})
        note = mon.wait(lambda e: e["member"] == "Notify", timeout=10, after=t_req)
        shown = False
        deadline = time.time() + 5
        while note and time.time() < deadline and not shown:
            r = subprocess.run(["makoctl", "list"], capture_output=True, text=True)
            shown = '"posture-break"' in r.stdout
            time.sleep(0.02)
        if not shown:
            out.append(None)
            log(f"  click run {i + 1}: no reminder in mako")
            continue
        time.sleep(0.2)
        t_cmd = time.time()
        subprocess.run(["makoctl", "invoke"], capture_output=True)
        inv = mon.wait(lambda e: e["member"] == "ActionInvoked", timeout=5, after=t_cmd - 0.01)
        focus = sw.wait(lambda e: e["change"] == "focus" and e["app_id"] == "io.github.posture_break",
                        timeout=10, after=t_cmd - 0.01)
        if not inv or not focus:
            log(f"  click run {i + 1}: ActionInvoked {'seen' if inv else 'missing'}, window "
                f"{'focused' if focus else 'not focused'}")
            out.append(None)
        else:
            ms = round((focus["time"] - inv["time"]) * 1000, 1)
            out.append({"ms": ms, "from_command_ms": round((focus["time"] - t_cmd) * 1000, 1),
                        "shell": focus["shell"]})
            log(f"  click run {i + 1}/{runs}: ActionInvoked -> window focused {ms} ms "
                f"({focus['shell']}; from `makoctl invoke`: {out[-1]['from_command_ms']} ms)")
        if i == runs - 1 and focus:
            time.sleep(2.0)
            mem_open = mem(descendants(pb.proc.pid))
        t_skip = time.time()
        pb.request({"cmd": "skip"})
        if focus:
            sw.wait(lambda e: e["change"] == "close" and e["app_id"] == "io.github.posture_break",
                    timeout=5, after=t_skip - 0.01)
        time.sleep(0.5)
    return out, mem_open


def timer_runs(pb, mon, count, interval_s):
    """Lateness of `count` reminders: each interval restarts with a skip at a known moment."""
    out = []
    time.sleep(0.3)
    for i in range(count):
        if interval_s < 60:
            user_input()  # at the computer (the 10 min run sets idle_after = 24h instead)
        resp, t_sent, t_done = pb.request({"cmd": "skip"})
        base = (t_sent + t_done) / 2
        note = mon.wait(lambda e: e["member"] == "Notify", timeout=interval_s + 10, after=t_sent)
        if not note:
            out.append(None)
            log(f"  reminder {i + 1}: none within {interval_s + 10} s")
            continue
        promised = (resp.get("status") or {}).get("next_reminder")
        lateness = (note["time"] - (base + interval_s)) * 1000
        row = {"lateness_ms": round(lateness, 1), "skip_rtt_ms": round((t_done - t_sent) * 1000, 2),
               "promised": promised}
        if promised:
            try:
                p = dt.datetime.fromisoformat(promised).timestamp()
                row["vs_promise_ms"] = round((note["time"] - p) * 1000, 1)
            except ValueError:
                pass
        out.append(row)
        if count <= 3 or (i + 1) % 5 == 0:
            log(f"  reminder {i + 1}/{count}: {row['lateness_ms']} ms late")
    return out
