"""Processes of the engines: memory and children from /proc, starting and stopping,
and the X server WebKit needs."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

XVFB = shutil.which("Xvfb") or "/usr/bin/Xvfb"


def rss_bytes(pid: int) -> int | None:
    """VmRSS of a process from /proc, or None when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def private_bytes(pid: int) -> int | None:
    """Memory of a process that no other process shares (Private_Clean + Private_Dirty
    of /proc/<pid>/smaps_rollup, "USS"): RSS without the engine's shared libraries,
    which every page of the engine maps. None when the process is gone."""
    try:
        fields = dict(line.split(":", 1) for line in
                      Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:])
    except OSError:
        return None
    return sum(int(fields[k].split()[0]) * 1024 for k in ("Private_Clean", "Private_Dirty"))


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (children, their children, ...)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        ppid = int(text.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(stat.parent.name))
    out, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def cmdline(pid: int) -> list[str]:
    """A process's arguments (never empty: [""] when it is gone)."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").split("\0")
    except OSError:
        return [""]
    return args[:-1] if len(args) > 1 and args[-1] == "" else args


def alive(pid: int) -> bool:
    """Is the process there and not a zombie?"""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _stop(proc: subprocess.Popen | None, timeout: float = 10) -> None:
    """Terminate a process we started (and wait for it); kill it if it hangs."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=timeout)



def start_xvfb() -> tuple[subprocess.Popen, str]:
    """An X server of our own on a free display (Xvfb picks and reports it)."""
    read, write = os.pipe()
    proc = subprocess.Popen(
        [XVFB, "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=[write], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n"):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            chunk = os.read(read, 16)
            if not chunk:
                raise RuntimeError("Xvfb did not report its display")
            number += chunk
    except Exception:
        _stop(proc)
        raise
    finally:
        os.close(read)
    return proc, ":" + number.decode().strip()
