"""taskstats: the kernel's exit record of every task (exact final counters of vanished threads)."""

import os
import socket
import struct
import threading
import time

from .common import CLK_TCK


class TaskStats:
    """Listens for taskstats exit records (generic netlink, needs CAP_NET_ADMIN). Optional."""

    def __init__(self):
        self.exits = []  # dicts, in arrival order
        self.lock = threading.Lock()
        self.error = None
        self.sock = None
        try:
            fam = self._family_id()
            s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 16)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
            s.bind((0, 0))
            mask = b"0-%d\0" % ((os.cpu_count() or 1) - 1)
            s.send(self._msg(fam, 1, self._attr(3, mask)))  # TASKSTATS_CMD_GET, REGISTER_CPUMASK
            self.sock = s
            threading.Thread(target=self._run, daemon=True, name="taskstats").start()
        except OSError as err:
            self.error = f"taskstats unavailable ({err}); vanished threads count up to their last sample"

    @staticmethod
    def _attr(typ, data):
        n = 4 + len(data)
        return struct.pack("HH", n, typ) + data + b"\0" * ((4 - n % 4) % 4)

    @staticmethod
    def _msg(typ, cmd, attrs):
        payload = struct.pack("BBH", cmd, 1, 0) + attrs
        return struct.pack("IHHII", 16 + len(payload), typ, 1, 1, 0) + payload

    def _family_id(self):
        s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 16)
        try:
            s.bind((0, 0))
            s.send(self._msg(0x10, 3, self._attr(2, b"TASKSTATS\0")))  # CTRL_CMD_GETFAMILY
            d = s.recv(65536)
        finally:
            s.close()
        length, typ = struct.unpack_from("IH", d)
        if typ == 2:
            raise OSError("no TASKSTATS netlink family")
        off = 20
        while off < length:
            alen, atyp = struct.unpack_from("HH", d, off)
            if atyp == 1:
                return struct.unpack_from("H", d, off + 4)[0]
            off += (alen + 3) & ~3
        raise OSError("no TASKSTATS family id")

    def _run(self):
        while True:
            try:
                d = self.sock.recv(1 << 16)
            except OSError:
                return
            now = time.time()
            off = 0
            while off + 16 <= len(d):
                length, typ = struct.unpack_from("IH", d, off)
                if length < 16:
                    break
                if typ != 2:
                    self._parse(d, off + 20, off + length, now)
                off += (length + 3) & ~3

    def _parse(self, d, off, end, now):
        while off + 4 <= end:
            alen, atyp = struct.unpack_from("HH", d, off)
            if alen < 4:
                return
            if atyp == 4:  # TASKSTATS_TYPE_AGGR_PID: nested PID + STATS (TGID aggregates skipped)
                self._parse(d, off + 4, off + alen, now)
            elif atyp == 3 and alen - 4 >= 376:  # TASKSTATS_TYPE_STATS, struct v12+
                b = off + 4
                comm = d[b + 80:b + 112].split(b"\0")[0].decode(errors="replace")
                tid, ppid = struct.unpack_from("II", d, b + 128)
                ut, st = struct.unpack_from("QQ", d, b + 152)
                nv, niv = struct.unpack_from("QQ", d, b + 272)
                run_ns = struct.unpack_from("Q", d, b + 72)[0]  # cpu_run_virtual_total: sum_exec_runtime
                tgid = struct.unpack_from("I", d, b + 368)[0]
                with self.lock:
                    self.exits.append({"tid": tid, "tgid": tgid, "ppid": ppid, "comm": comm,
                                       "vol": nv, "invol": niv, "run_ns": run_ns,
                                       "ticks": round((ut + st) * CLK_TCK / 1e6), "t": now,
                                       "src": "taskstats"})
            off += (alen + 3) & ~3

    def between(self, t0, t1):
        with self.lock:
            return [e for e in self.exits if t0 <= e["t"] <= t1]

    def trim(self):
        with self.lock:
            cutoff = time.time() - 600
            self.exits = [e for e in self.exits if e["t"] >= cutoff]
