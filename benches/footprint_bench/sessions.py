"""What runs inside tests/desktop/session.sh (X11, peers) and sway-session.sh (Wayland): the
phases in order, the results written as JSON for the outside process."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from .apps import PostureBreak, SafeEyes, Workrave
from .common import ENTRY, PACKAGE, SWAY_SESSION, log
from .phases import (a11y_idle_phase, away_cycle, click_runs, figure_phase, idle_phase, nudge_phase, question_phase, sync_phase,
                     startup_runs, timer_runs, wayland_click_runs, week_window_phase)
from .procfs import descendants, measure_window, mem, smaps_top, thread_snapshot
from .taskstats import TaskStats
from .watchers import BusMonitor, SwayWatch, XWatch


def inside(args):
    root = os.environ["PB_SESSION_ROOT"]
    trayer = start_trayer(root) if args.tray == "xembed" else None
    ts = TaskStats()
    notes = []
    if ts.error:
        notes.append(ts.error)
    results = {"apps": {}, "notes": notes, "session": {"display": os.environ.get("DISPLAY")}}
    mon = BusMonitor(["type='signal',interface='org.kde.StatusNotifierWatcher'",
                      "type='method_call',interface='org.freedesktop.Notifications'",
                      "type='signal',interface='org.freedesktop.Notifications'"])
    xw = XWatch()
    t_begin = time.time()
    try:
        # A private copy: PSS of the binary's pages must not be shared with other posture-break
        # processes on the machine (a test suite running target/release/posture-break meanwhile).
        private_bin = os.path.join(root, "bin", "posture-break")
        os.makedirs(os.path.dirname(private_bin), exist_ok=True)
        shutil.copy2(args.binary, private_bin)
        pb = PostureBreak(private_bin, root)
        if trayer:
            pb.tray_class = r"^posture-break"
        res = {}
        results["apps"]["posture-break"] = res

        log(f"posture-break: start-up x{args.runs}")
        res["startup"] = startup_runs(pb, mon, args.runs)

        log("posture-break: idle (interval 45m)")
        res.update(idle_phase(pb, ts, args.settle, args.idle_secs, args.verbose))
        if pb.proc.poll() is None:
            log(f"posture-break: click -> window x{args.runs}")
            res["click"], res["mem_window_open"] = click_runs(pb, mon, xw, args.runs)
            log("posture-break: 10 s after the window closed")
            time.sleep(10)
            pids = descendants(pb.proc.pid)
            res["mem_after_close"] = mem(pids)
            res["smaps_top_after_close"] = smaps_top(pids)
            res["threads_after_close"] = [
                {"tid": t, "comm": r["comm"]} for t, r in sorted(thread_snapshot(pids).items())]
            log("posture-break: the week window (SNI Activate), open and 10 s after Esc")
            res["week"] = week_window_phase(pb, xw, ts)
        pb.stop()
        ts.trim()

        log(f"posture-break: timer accuracy, {args.reminders} reminders at interval 2s")
        pb.configure("2s", stretch="2s", timeout="60s")
        pb.start()
        pb.wait_socket()
        res["timer"] = timer_runs(pb, mon, args.reminders, 2.0)
        pb.stop()
        try:
            with open(pb.history) as f:
                res["history_reminded_lines"] = sum(1 for line in f if '"reminded"' in line)
        except OSError:
            pass

        log("posture-break: one away/back cycle (XSync alarms, idle_after 2s)")
        res["away_cycle"] = away_cycle(pb, ts)
        log("posture-break: idle with the accessibility bus enabled")
        res["a11y_idle"] = a11y_idle_phase(pb, ts, args.settle, 30.0)
        log("posture-break: sync on with an idle peer")
        res["sync_idle"] = sync_phase(pb, ts, args.settle, 30.0)
        log("posture-break: posture nudges every 5 s")
        res["nudges"] = nudge_phase(pb, ts, "[]")
        res["nudges_fullscreen_asked"] = nudge_phase(pb, ts, '["fullscreen"]')
        log("posture-break: stretch window animating a figure")
        res["figure"] = figure_phase(pb, xw, ts)
        log("posture-break: the question after a stretch")
        pb.start()
        try:
            pb.wait_socket()
            time.sleep(1.0)
            res["question"] = question_phase(pb, xw, ts)
        finally:
            pb.stop()
        ts.trim()

        if args.long:
            log("posture-break: one reminder after a 10 min interval (--long)")
            # The user reads for 10 minutes without touching anything: with the default
            # idle_after the reminder would (rightly) be held, so this run sets it to 24h; the
            # cost of going away and back has its own row.
            pb.configure("10m", extra='[presence]\nidle_after = "24h"\nnatural_break = "24h"\n')
            pb.start()
            pb.wait_socket()
            # The 10 minutes are idle time too: count wakeups over them (a longer, steadier window).
            # The window starts after timer_runs' skip request and ends before the reminder.
            long_idle = {}

            def watch():
                time.sleep(2.0)
                long_idle.update(measure_window(pb.proc.pid, 590, ts))

            watcher = threading.Thread(target=watch, daemon=True)
            watcher.start()
            res["timer_long"] = timer_runs(pb, mon, 1, 600.0)
            watcher.join(timeout=60)
            if long_idle:
                res["window_long"] = long_idle
                log(f"  10 min idle: {long_idle['context_switches']} context switches in "
                    f"{long_idle['window_s']} s ({long_idle['wakeups_per_s']}/s)")
            pb.stop()
        ts.trim()

        if args.peers:
            results["peers_env"] = peers(args, root, mon, ts, results)
    finally:
        mon.close()
        xw.close()
        if trayer:
            trayer.terminate()
    results["inside_s"] = round(time.time() - t_begin, 1)
    with open(args.inside, "w") as f:
        json.dump(results, f, indent=1)
    return 0


def start_trayer(root):
    """trayer (XEmbed only) at the top right; returns once its panel window exists."""
    logf = open(os.path.join(root, "logs", "trayer.log"), "a")
    proc = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                             "--height", "24"], stdin=subprocess.DEVNULL, stdout=logf,
                            stderr=subprocess.STDOUT)
    deadline = time.time() + 20
    while time.time() < deadline:
        r = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True)
        if '("panel" "trayer")' in r.stdout:
            time.sleep(0.5)  # the tray selection is taken right after the window is made
            return proc
        time.sleep(0.05)
    raise SystemExit("footprint: trayer did not come up")


def peers(args, root, mon, ts, results):
    home = os.path.join(root, "home")
    os.makedirs(os.path.join(home, ".config"), exist_ok=True)
    sysbus, addr = private_system_bus(root)
    env = {"HOME": home, "DBUS_SYSTEM_BUS_ADDRESS": addr}
    try:
        for cls in (Workrave, SafeEyes):
            exe = cls.name
            if not shutil.which(exe):
                results["apps"][exe] = {"error": f"{exe} is not installed"}
                continue
            app = cls(root, env)
            res = {}
            results["apps"][app.name] = res
            log(f"{app.label}: start-up x{args.runs}")
            res["startup"] = startup_runs(app, mon, args.runs)
            log(f"{app.label}: idle")
            res.update(idle_phase(app, ts, args.settle, args.idle_secs, args.verbose))
            if app.proc.poll() is not None:
                res["error"] = f"{app.label} exited (code {app.proc.returncode}); see its log"
            app.stop()
            with open(app.logf.name, errors="replace") as f:
                res["log_tail"] = f.read()[-1500:]
            ts.trim()
            time.sleep(1)
    finally:
        sysbus.terminate()
        sysbus.wait()
    return {"HOME": "private", "DBUS_SYSTEM_BUS_ADDRESS": "private empty dbus-daemon (Safe Eyes needs a system bus)"}


def private_system_bus(root):
    """Safe Eyes needs a system bus (it listens for logind's PrepareForSleep); this container has
    none. A private, empty one is enough: nothing on it ever signals."""
    d = os.path.join(root, "sysbus")
    os.makedirs(d, exist_ok=True)
    conf = os.path.join(root, "sysbus.conf")
    with open(conf, "w") as f:
        f.write(f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:dir={d}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/><allow own="*"/><allow send_destination="*"/><allow receive_sender="*"/>
  </policy>
</busconfig>
""")
    p = subprocess.Popen(["dbus-daemon", f"--config-file={conf}", "--nofork", "--print-address"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    addr = p.stdout.readline().strip()
    return p, addr


def inside_wayland(args):
    """The measurements of the native Wayland client, inside tests/desktop/sway-session.sh."""
    root = os.environ["PB_SESSION_ROOT"]
    ts = TaskStats()
    results = {"notes": [ts.error] if ts.error else [],
               "session": {"wayland_display": os.environ.get("WAYLAND_DISPLAY"), "user": os.getuid()}}
    mon = BusMonitor(["type='method_call',interface='org.freedesktop.Notifications'",
                      "type='signal',interface='org.freedesktop.Notifications'"])
    sw = SwayWatch()
    try:
        private_bin = os.path.join(root, "bin", "posture-break")
        os.makedirs(os.path.dirname(private_bin), exist_ok=True)
        os.makedirs(os.path.join(root, "logs"), exist_ok=True)
        shutil.copy2(args.binary, private_bin)
        pb = PostureBreak(private_bin, root)
        res = {}
        results["posture-break"] = res
        log("posture-break (Wayland): idle (interval 45m)")
        res.update(idle_phase(pb, ts, args.settle, args.idle_secs, args.verbose))
        if pb.proc.poll() is None:
            log(f"posture-break (Wayland): default action -> window focused x{args.runs}")
            res["click"], res["mem_window_open"] = wayland_click_runs(pb, mon, sw, args.runs)
        pb.stop()
    finally:
        mon.close()
        sw.close()
    with open(args.inside_wayland, "w") as f:
        json.dump(results, f, indent=1)
    return 0


def wayland_session(args, binary):
    """Runs inside_wayland in a sway session. As root that session's user is `pbtest`: the
    script (entry point and package) and the binary are copied where it can read them, and it
    writes the results there."""
    work = tempfile.mkdtemp(prefix="pb-footprint-wl-")
    os.chmod(work, 0o777)
    try:
        script = os.path.join(work, "footprint")
        shutil.copy2(ENTRY, script)
        package = os.path.join(work, os.path.basename(PACKAGE))
        shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
        for d, _, files in os.walk(package):
            os.chmod(d, 0o755)
            for name in files:
                os.chmod(os.path.join(d, name), 0o644)
        private = os.path.join(work, "posture-break")
        shutil.copy2(binary, private)
        for f in (script, private):
            os.chmod(f, 0o755)
        out = os.path.join(work, "wayland.json")
        # The session's user may not reach this interpreter (a pyenv under /root): the system's.
        python = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
        cmd = [SWAY_SESSION, python, script, "--inside-wayland", out, "--binary", private,
               "--runs", str(args.runs), "--idle-secs", str(args.idle_secs), "--settle", str(args.settle)]
        cmd += ["-v"] if args.verbose else []
        r = subprocess.run(cmd)
        if r.returncode != 0 or not os.path.exists(out):
            return {"error": f"the sway session failed (exit {r.returncode})"}
        with open(out) as f:
            return json.load(f)
    finally:
        shutil.rmtree(work, ignore_errors=True)
