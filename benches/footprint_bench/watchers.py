"""Observers with their own timestamps: dbus-monitor (from its headers), xev (X map events),
swaymsg (sway window events); and one-shot looks at the X tree, window names and the SNI watcher."""

import json
import re
import shutil
import subprocess
import threading
import time


PB_WINDOW_TITLE = "posture-break — "


class BusMonitor:
    HEADER = re.compile(r"^(method call|signal|method return|error) time=(\d+\.\d+) sender=(\S+) -> "
                        r"destination=(.*?) serial=\d+(.*)$")

    def __init__(self, rules):
        self.events = []
        self.cond = threading.Condition()
        self.proc = subprocess.Popen(["dbus-monitor", "--session", *rules], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True, bufsize=1)
        threading.Thread(target=self._run, daemon=True, name="dbus-monitor").start()
        if not self.wait(lambda e: e["member"] == "NameAcquired", timeout=10):
            raise RuntimeError("dbus-monitor did not start")

    def _run(self):
        current = None
        for line in self.proc.stdout:
            m = self.HEADER.match(line)
            if m:
                rest = m.group(5)

                def field(name):
                    f = re.search(name + r"=([^;\s]*)", rest)
                    return f.group(1) if f else None

                current = {"kind": m.group(1), "time": float(m.group(2)), "sender": m.group(3),
                           "dest": m.group(4), "path": field("path"), "interface": field("interface"),
                           "member": field("member"), "args": [], "seen": time.time()}
                with self.cond:
                    self.events.append(current)
                    self.cond.notify_all()
            elif current is not None and line.startswith("   ") and len(current["args"]) < 12:
                s = line.strip()
                with self.cond:
                    current["args"].append(s)
                    self.cond.notify_all()

    def wait(self, pred, timeout, after=0.0):
        deadline = time.time() + timeout
        with self.cond:
            while True:
                for e in self.events:
                    if e["time"] >= after and pred(e):
                        return e
                left = deadline - time.time()
                if left <= 0:
                    return None
                self.cond.wait(left)

    def close(self):
        self.proc.terminate()
        self.proc.wait()


class XWatch:
    """Root window substructure events (MapNotify etc.) from xev, timestamped on arrival."""

    def __init__(self):
        self.events = []
        self.cond = threading.Condition()
        cmd = ["xev", "-root", "-event", "substructure"]
        if shutil.which("stdbuf"):
            cmd = ["stdbuf", "-oL"] + cmd
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True, bufsize=1)
        threading.Thread(target=self._run, daemon=True, name="xev").start()
        time.sleep(0.3)

    def _run(self):
        pending = None
        for line in self.proc.stdout:
            now = time.time()
            m = re.match(r"^(\w+Notify) event", line)
            if m:
                pending = (m.group(1), now)
                continue
            if pending:
                w = re.search(r"\bwindow (0x[0-9a-f]+)", line)
                if w:
                    with self.cond:
                        self.events.append({"type": pending[0], "time": pending[1],
                                            "window": int(w.group(1), 16)})
                        self.cond.notify_all()
                    pending = None

    def wait(self, pred, timeout, after=0.0):
        deadline = time.time() + timeout
        with self.cond:
            while True:
                for e in self.events:
                    if e["time"] >= after and pred(e):
                        return e
                left = deadline - time.time()
                if left <= 0:
                    return None
                self.cond.wait(left)

    def close(self):
        self.proc.terminate()
        self.proc.wait()


class SwayWatch:
    """sway's window events (new, focus, close) from `swaymsg -t subscribe`, timestamped on
    arrival."""

    def __init__(self):
        self.events = []
        self.cond = threading.Condition()
        self.proc = subprocess.Popen(["swaymsg", "-r", "-m", "-t", "subscribe", '["window"]'],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                     bufsize=1)
        threading.Thread(target=self._run, daemon=True, name="swaymsg").start()
        time.sleep(0.3)

    def _run(self):
        for line in self.proc.stdout:
            now = time.time()
            try:
                e = json.loads(line)
            except ValueError:
                continue
            c = e.get("container") or {}
            with self.cond:
                self.events.append({"time": now, "change": e.get("change"), "app_id": c.get("app_id"),
                                    "shell": c.get("shell"), "focused": c.get("focused")})
                self.cond.notify_all()

    wait = XWatch.wait
    close = XWatch.close


def window_name(wid):
    r = subprocess.run(["xdotool", "getwindowname", str(wid)], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else None


def wait_pb_window(xw, after, timeout):
    """The first MapNotify after `after` of a window titled like the stretch window."""
    deadline = time.time() + timeout
    checked = set()
    while time.time() < deadline:
        with xw.cond:
            maps = [e for e in xw.events if e["type"] == "MapNotify" and e["time"] >= after
                    and id(e) not in checked]
            if not maps:
                xw.cond.wait(max(0.0, min(0.2, deadline - time.time())))
                continue
        for e in maps:
            checked.add(id(e))
            if (window_name(e["window"]) or "").startswith(PB_WINDOW_TITLE):
                return e
    return None


def xembed_icon(class_re):
    """An X window whose WM_CLASS matches class_re, nested inside xfce4-panel's or trayer's panel."""
    r = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True)
    stack = []
    for line in r.stdout.splitlines():
        m = re.match(r"^(\s*)(0x[0-9a-f]+) (.*)$", line)
        if not m:
            continue
        indent, rest = len(m.group(1)), m.group(3)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        in_panel = any(p for _, p in stack)
        cls = re.search(r'\("([^"]*)" "([^"]*)"\)', rest)
        if in_panel and cls and re.search(class_re, cls.group(1) + " " + cls.group(2), re.I):
            return m.group(2)
        panel = rest.startswith('"xfce4-panel"') or '("panel" "trayer")' in rest
        stack.append((indent, in_panel or panel))
    return None


def bus_call(*args):
    return subprocess.run(["gdbus", "call", "--session", *args], capture_output=True, text=True,
                          timeout=10)


def sni_registered():
    r = bus_call("--dest", "org.kde.StatusNotifierWatcher", "--object-path", "/StatusNotifierWatcher",
                 "--method", "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierWatcher",
                 "RegisteredStatusNotifierItems")
    return re.findall(r"'([^']*)'", r.stdout)
