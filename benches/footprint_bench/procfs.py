"""/proc: process trees, memory (smaps), per-thread context switches and CPU over a window."""

import os
import re
import time

from .common import CLK_TCK, read


def stat_fields(path):
    """Fields of a /proc stat file after the command name: [state, ppid, ...] (stat field 3 on)."""
    text = read(path)
    return text[text.rindex(")") + 2:].split()


def descendants(root):
    """root and all its live descendant processes."""
    children = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            f = stat_fields(f"/proc/{name}/stat")
        except (OSError, ValueError):
            continue
        if f[0] == "Z":
            continue
        children.setdefault(int(f[1]), []).append(int(name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        if os.path.exists(f"/proc/{pid}"):
            out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def memory(pids):
    """Sum of smaps_rollup over the processes, in kB, plus the process count."""
    keys = ("Rss", "Pss", "Pss_Anon", "Pss_File", "Pss_Shmem", "Private_Dirty", "Private_Clean",
            "Shared_Clean", "Swap")
    total = {k: 0 for k in keys}
    counted = 0
    for pid in pids:
        try:
            text = read(f"/proc/{pid}/smaps_rollup")
        except OSError:
            continue
        counted += 1
        for line in text.splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[0].rstrip(":") in total:
                total[parts[0].rstrip(":")] += int(parts[1])
    total["processes"] = counted
    return total


def mem_summary(kb, pids=None):
    out = {
        "pss_mib": round(kb["Pss"] / 1024, 2),
        "rss_mib": round(kb["Rss"] / 1024, 2),
        "uss_mib": round((kb["Private_Clean"] + kb["Private_Dirty"]) / 1024, 2),
        "pss_anon_mib": round(kb["Pss_Anon"] / 1024, 2),
        "pss_file_mib": round(kb["Pss_File"] / 1024, 2),
        "pss_shmem_mib": round(kb["Pss_Shmem"] / 1024, 2),
        "processes": kb["processes"],
    }
    if pids:
        # Where the PSS is: the program's own file, other files (libraries, fonts, caches),
        # anonymous memory (heap, stacks, anon mappings).
        split = {"exe": 0, "other_files": 0, "anon": 0}
        for r in smaps_top(pids, limit=None):
            m = r["mapping"]
            kind = "exe" if "(exe " in m else "other_files" if "(file " in m else "anon"
            split[kind] += r["pss_kb"]
        out["pss_split_mib"] = {k: round(v / 1024, 2) for k, v in split.items()}
    return out


def others_running(comm, exclude):
    """Processes named comm outside exclude: they share library pages and shift PSS a little."""
    n = 0
    for name in os.listdir("/proc"):
        if name.isdigit() and int(name) not in exclude:
            try:
                if read(f"/proc/{name}/comm").strip() == comm:
                    n += 1
            except OSError:
                pass
    return n


def mem(pids):
    out = mem_summary(memory(pids), pids)
    out["other_posture_break_processes"] = others_running("posture-break", set(pids))
    return out


def smaps_top(pids, limit=12):
    """Biggest PSS contributors, grouped by mapping (file basename + permissions, [heap], anon)."""
    groups = {}
    exe_paths = set()
    for pid in pids:
        try:
            exe_paths.add(os.readlink(f"/proc/{pid}/exe"))
            text = read(f"/proc/{pid}/smaps")
        except OSError:
            continue
        key = None
        for line in text.splitlines():
            head = re.match(r"^[0-9a-f]+-[0-9a-f]+ (\S+) \S+ \S+ \S+\s*(.*)$", line)
            if head:
                perms, name = head.group(1), head.group(2).strip()
                if not name:
                    label = "[anon]"
                elif name.startswith("["):
                    label = re.sub(r":.*", "", name)
                else:
                    base = os.path.basename(name.replace(" (deleted)", ""))
                    kind = "exe" if name in exe_paths else "file"
                    label = f"{base} ({kind} {perms[:3]})"
                key = label
                groups.setdefault(key, {"pss_kb": 0, "rss_kb": 0, "maps": 0})
                groups[key]["maps"] += 1
                continue
            if key and line.startswith("Pss:"):
                groups[key]["pss_kb"] += int(line.split()[1])
            elif key and line.startswith("Rss:"):
                groups[key]["rss_kb"] += int(line.split()[1])
    rows = sorted(({"mapping": k, **v} for k, v in groups.items()), key=lambda r: -r["pss_kb"])
    return rows if limit is None else rows[:limit]


def proc_cpu_ticks(pid):
    """utime+stime (all threads, dead ones included) and cutime+cstime (reaped children)."""
    f = stat_fields(f"/proc/{pid}/stat")
    return int(f[11]) + int(f[12]), int(f[13]) + int(f[14])


def thread_snapshot(pids):
    out = {}
    for pid in pids:
        try:
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tids:
            base = f"/proc/{pid}/task/{tid}"
            try:
                status = read(f"{base}/status")
                comm = read(f"{base}/comm").strip()
                f = stat_fields(f"{base}/stat")
                try:
                    run_ns = int(read(f"{base}/schedstat").split()[0])
                except (OSError, ValueError, IndexError):  # no CONFIG_SCHED_INFO: tick resolution
                    run_ns = (int(f[11]) + int(f[12])) * 1_000_000_000 // CLK_TCK
            except (OSError, ValueError, IndexError):
                continue
            vol = int(re.search(r"^voluntary_ctxt_switches:\s*(\d+)", status, re.M).group(1))
            invol = int(re.search(r"^nonvoluntary_ctxt_switches:\s*(\d+)", status, re.M).group(1))
            out[int(tid)] = {"pid": pid, "comm": comm, "vol": vol, "invol": invol, "run_ns": run_ns,
                             "ticks": int(f[11]) + int(f[12]), "src": "proc"}
    return out


ZERO = {"vol": 0, "invol": 0, "run_ns": 0, "ticks": 0}


def main_thread_switches(pid):
    """Voluntary + involuntary context switches of the main (event loop) thread."""
    status = read(f"/proc/{pid}/task/{pid}/status")
    vol = int(re.search(r"^voluntary_ctxt_switches:\s*(\d+)", status, re.M).group(1))
    invol = int(re.search(r"^nonvoluntary_ctxt_switches:\s*(\d+)", status, re.M).group(1))
    return vol + invol


def measure_window(root, secs, ts, sample=0.5):
    """Context switches and CPU of root's process tree over secs, per thread id."""
    pids = set(descendants(root))
    seen_pids = set(pids)
    start = thread_snapshot(pids)
    proc_start = {}
    for pid in pids:
        try:
            proc_start[pid] = proc_cpu_ticks(pid)
        except (OSError, ValueError):
            pass
    t0 = time.time()
    last = dict(start)
    end = start
    while True:
        remaining = t0 + secs - time.time()
        if remaining <= 0:
            break
        time.sleep(min(sample, remaining))
        pids = set(descendants(root))
        seen_pids |= pids
        end = thread_snapshot(pids)
        last.update(end)
    t1 = time.time()
    proc_end = {}
    for pid in pids:
        try:
            proc_end[pid] = proc_cpu_ticks(pid)
        except (OSError, ValueError):
            pass
    exits_used = 0
    if ts and ts.sock:
        time.sleep(0.2)  # let exit records that happened before t1 arrive
        for e in ts.between(t0, t1 + 0.2):
            if e["tid"] in end:
                continue  # still alive at the end: its counters are in the end snapshot
            ours = e["tgid"] in seen_pids or e["tid"] in last or e["ppid"] in seen_pids
            if not ours:
                continue
            if e["tgid"] not in seen_pids and e["ppid"] in seen_pids:
                seen_pids.add(e["tgid"])  # a short-lived child process
            rec = dict(e)
            rec["pid"] = e["tgid"]
            last[e["tid"]] = rec
            exits_used += 1
    rows = []
    for tid, rec in last.items():
        base = start.get(tid, ZERO)
        row = {
            "tid": tid, "pid": rec["pid"], "comm": rec["comm"],
            "state": ("new" if tid not in start else "alive") if tid in end
            else ("new+gone" if tid not in start else "gone"),
            "vol": rec["vol"] - base["vol"], "invol": rec["invol"] - base["invol"],
            "cpu_ms": round((rec["run_ns"] - base["run_ns"]) / 1e6, 3),
            "ticks": rec["ticks"] - base["ticks"], "final_from": rec["src"],
        }
        rows.append(row)
    rows.sort(key=lambda r: (-(r["vol"] + r["invol"]), r["tid"]))
    window = t1 - t0
    switches = sum(r["vol"] + r["invol"] for r in rows)
    proc_ticks = sum(proc_end[p][0] - proc_start[p][0] + proc_end[p][1] - proc_start[p][1]
                     for p in proc_end if p in proc_start)
    return {
        "window_s": round(window, 2),
        "threads_start": len(start), "threads_end": len(end),
        "threads_counted": len(rows), "exit_records_used": exits_used,
        "context_switches": switches,
        "voluntary": sum(r["vol"] for r in rows),
        "involuntary": sum(r["invol"] for r in rows),
        "wakeups_per_s": round(switches / window, 4),
        "cpu_s": round(sum(r["cpu_ms"] for r in rows) / 1000, 4),
        "cpu_ticks": sum(r["ticks"] for r in rows),
        "process_ticks": proc_ticks,
        "cpu_s_ticks": round(proc_ticks / CLK_TCK, 3),
        "processes_seen": sorted(seen_pids),
        "threads": rows,
    }
