"""Outside the session: the release build, the peers' packages, git and machine facts."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from .common import REPO, log, read


def wait_for_other_cargo():
    waited = False
    while subprocess.run(["pgrep", "-x", "cargo"], capture_output=True).returncode == 0:
        if not waited:
            log("another cargo is running; waiting for it to finish")
            waited = True
        time.sleep(2)


def build(args):
    cargo = shutil.which("cargo") or os.path.expanduser("~/.cargo/bin/cargo")
    env = dict(os.environ)
    info = {"command": "cargo build --release --locked"}
    if args.clean_build:
        target = tempfile.mkdtemp(prefix="pb-bench-target-", dir="/tmp")
        env["CARGO_TARGET_DIR"] = target
        info["kind"] = "clean (fresh CARGO_TARGET_DIR)"
    else:
        target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(REPO, "target")
        info["kind"] = "incremental (existing target dir; --clean-build for a clean build)"
    wait_for_other_cargo()
    log(f"building: {info['command']} [{info['kind']}]")
    t0 = time.monotonic()
    errf = tempfile.TemporaryFile(mode="w+")
    proc = subprocess.Popen([cargo, "build", "--release", "--locked"], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=errf, text=True)
    contended = 0  # seconds during which another cargo ran too (the build time is then inflated)
    while True:
        try:
            proc.wait(timeout=1)
            break
        except subprocess.TimeoutExpired:
            pass
        others = subprocess.run(["pgrep", "-x", "cargo"], capture_output=True, text=True).stdout.split()
        if any(int(x) != proc.pid for x in others):
            contended += 1
    info["seconds"] = round(time.monotonic() - t0, 1)
    errf.seek(0)
    stderr = errf.read()
    if proc.returncode != 0:
        sys.stderr.write(stderr[-4000:])
        raise SystemExit("footprint: the release build failed")
    compiled = len(re.findall(r"^\s*Compiling ", stderr, re.M))
    info["crates_compiled"] = compiled
    if not args.clean_build and compiled == 0:
        info["kind"] = "no-op (nothing to rebuild; --clean-build for a clean build)"
    if contended:
        info["contended_s"] = contended
        info["kind"] += f"; another cargo ran for ~{contended} s of it"
    binary = os.path.join(target, "release", "posture-break")
    return info, binary, (target if args.clean_build else None)


PEER_PACKAGES = ["workrave", "safeeyes",
                 # Safe Eyes' Recommends: its tray icon needs the AppIndicator typelib, its
                 # smart pause xprintidle. Installed so it runs as on a normal desktop.
                 "gir1.2-ayatanaappindicator3-0.1", "xprintidle"]


def pkg_version(name):
    r = subprocess.run(["dpkg-query", "-W", "-f", "${Status}|${Version}", name],
                       capture_output=True, text=True)
    if r.returncode != 0 or "install ok installed" not in r.stdout:
        return None
    return r.stdout.split("|", 1)[1]


def install_peers():
    missing = [p for p in PEER_PACKAGES if not pkg_version(p)]
    if missing:
        cmd = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
        if os.geteuid() != 0:
            cmd = ["sudo", "-n"] + cmd
        log("installing peers: " + " ".join(cmd))
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        r = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if r.returncode != 0:
            log("peer install failed:\n" + r.stderr[-2000:])
    return {p: pkg_version(p) for p in PEER_PACKAGES}


def git_info():
    def git(*a):
        r = subprocess.run(["git", *a], cwd=REPO, capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else ""
    return {"commit": git("rev-parse", "--short=12", "HEAD"),
            "dirty": bool(git("status", "--porcelain", "--untracked-files=no"))}


def machine_info():
    cpu = ""
    try:
        cpu = re.search(r"^model name\s*:\s*(.*)$", read("/proc/cpuinfo"), re.M).group(1)
    except (OSError, AttributeError):
        pass
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    return {"kernel": os.uname().release, "cpu": cpu, "cpus": os.cpu_count(), "rustc": rustc,
            "dunst": pkg_version("dunst"), "xfce4-panel": pkg_version("xfce4-panel")}
