"""The apps under test: how to start, talk to and stop posture-break, Workrave and Safe Eyes."""

import json
import os
import signal
import socket
import subprocess
import time

from .procfs import descendants


class App:
    name = "?"
    tray_class = None  # WM_CLASS regex of an XEmbed tray icon, when the app may use one

    def env(self):
        return dict(os.environ)

    def command(self):
        raise NotImplementedError

    def start(self):
        self.t_exec = time.time()
        self.proc = subprocess.Popen(self.command(), env=self.env(), stdin=subprocess.DEVNULL,
                                     stdout=self.logf, stderr=subprocess.STDOUT, start_new_session=True)
        return self.proc

    def stop(self):
        p = self.proc
        if p.poll() is None:
            tree = descendants(p.pid)
            for pid in reversed(tree):
                try:
                    os.kill(pid, signal.SIGTERM)
                except OSError:
                    pass
            try:
                p.wait(timeout=8)
            except subprocess.TimeoutExpired:
                for pid in descendants(p.pid):
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
                p.wait()


class PostureBreak(App):
    name = "posture-break"

    def __init__(self, binary, root):
        self.binary = binary
        self.logf = open(os.path.join(root, "logs", "posture-break.out"), "a")
        self.cfg_dir = os.path.join(os.environ["XDG_CONFIG_HOME"], "posture-break")
        os.makedirs(self.cfg_dir, exist_ok=True)
        self.sock_path = os.path.join(os.environ["XDG_RUNTIME_DIR"], "posture-break", "control.sock")
        self.history = os.path.join(os.environ["XDG_DATA_HOME"], "posture-break", "history.jsonl")
        # A returning user: the first-start notification would sit in the idle measurements.
        state_dir = os.path.join(os.environ["XDG_STATE_HOME"], "posture-break")
        os.makedirs(state_dir, exist_ok=True)
        with open(os.path.join(state_dir, "state.json"), "w") as f:
            f.write('{"welcomed": true}\n')
        self.configure("45m")

    def configure(self, interval, stretch="60s", timeout="60s", extra=""):
        with open(os.path.join(self.cfg_dir, "config.toml"), "w") as f:
            f.write(f'[schedule]\ninterval = "{interval}"\n[stretch]\nduration = "{stretch}"\n'
                    f'[notification]\ntimeout = "{timeout}"\nsound = false\n{extra}')

    def command(self):
        return [self.binary]

    def request(self, obj, timeout=5.0):
        """One JSON line over the control socket; returns (response, t_sent, t_answered)."""
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(timeout)
        try:
            s.connect(self.sock_path)
            data = (json.dumps(obj) + "\n").encode()
            t_sent = time.time()
            s.sendall(data)
            buf = b""
            while not buf.endswith(b"\n"):
                chunk = s.recv(4096)
                if not chunk:
                    break
                buf += chunk
            t_done = time.time()
        finally:
            s.close()
        return json.loads(buf.decode() or "{}"), t_sent, t_done

    def wait_socket(self, timeout=10):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                return self.request({"cmd": "status"})[0]
            except (OSError, ValueError):
                time.sleep(0.02)
        return None

    def stop(self):
        if self.proc.poll() is None:
            try:
                self.request({"cmd": "quit"})
                self.proc.wait(timeout=5)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                pass
        super().stop()


class Workrave(App):
    name = "workrave"
    label = "Workrave"
    tray_class = r"^workrave"

    def __init__(self, root, peer_env):
        self.logf = open(os.path.join(root, "logs", "workrave.out"), "a")
        self.peer_env = peer_env

    def env(self):
        e = dict(os.environ)
        e.update(self.peer_env)
        return e

    def command(self):
        return ["workrave"]


class SafeEyes(App):
    name = "safeeyes"
    label = "Safe Eyes"
    tray_class = r"^safeeyes"

    def __init__(self, root, peer_env):
        self.logf = open(os.path.join(root, "logs", "safeeyes.out"), "a")
        self.peer_env = peer_env
        # Safe Eyes 2.1.5 creates ~/.config/safeeyes/style but copies its config into
        # $XDG_CONFIG_HOME/safeeyes: with a private XDG_CONFIG_HOME the directory must exist.
        os.makedirs(os.path.join(os.environ["XDG_CONFIG_HOME"], "safeeyes", "style"), exist_ok=True)

    def env(self):
        e = dict(os.environ)
        e.update(self.peer_env)
        return e

    def command(self):
        return ["safeeyes"]
