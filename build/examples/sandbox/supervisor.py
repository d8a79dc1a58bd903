"""Runs one example and reports on it: the example runner's agent inside the sandbox.

Started as `python3 supervisor.py CONFIG_JSON`. It runs the example with stdout
and stderr on one pipe (so their order is kept), keeps at most `output_limit`
bytes of it, enforces the timeout and resource limits, and when the example
ends finds every process it left behind (new sessions and double forks too:
orphans are re-parented to this process, a child subreaper), records their
command lines and kills them. The verdict goes to `result` as JSON.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import select
import signal
import subprocess
import sys
import time
from typing import Any

PR_SET_CHILD_SUBREAPER = 36
TAIL_BYTES = 64 * 1024


def become_subreaper() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def parent_of(pid: int) -> tuple[int, bool] | None:
    """The parent's pid, and whether the process is a zombie; None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read().decode(errors="replace")
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return int(fields[1]), fields[0] == "Z"


def descendants() -> dict[int, bool]:
    """Every process below this one, pid to whether it is a zombie."""
    me = os.getpid()
    parents: dict[int, tuple[int, bool]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) != me:
            info = parent_of(int(entry))
            if info:
                parents[int(entry)] = info
    found: dict[int, bool] = {}
    for pid, (_, zombie) in parents.items():
        seen: set[int] = set()
        up = pid
        while up in parents and up not in seen:
            seen.add(up)
            up = parents[up][0]
            if up == me:
                found[pid] = zombie
                break
    return found


def command_line(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def kill_all(child: subprocess.Popen[bytes]) -> None:
    """Kills the example and everything below it, until nothing is left."""
    for _ in range(50):
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except OSError:
            pass
        living = [pid for pid, zombie in descendants().items() if not zombie] if HAVE_PROC else []
        for pid in living:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        child.poll()  # collects the example's own status before reap() could take it
        reap()
        if not living:
            return
        time.sleep(0.01)


def limit(config: dict[str, Any]) -> None:
    """Applied in the example's process before it starts; its children inherit them."""
    for name, value in config["limits"].items():
        which = getattr(resource, name)
        resource.setrlimit(which, (value, value))


HAVE_PROC = os.path.isdir("/proc/self")


def main() -> None:
    config: dict[str, Any] = json.loads(sys.argv[1])
    become_subreaper()
    read_end, write_end = os.pipe()
    started = time.monotonic()
    child = subprocess.Popen(
        config["command"],
        stdin=subprocess.DEVNULL,
        stdout=write_end,
        stderr=write_end,
        cwd=config["cwd"],
        env=config["env"],
        start_new_session=True,
        preexec_fn=lambda: limit(config),
    )
    os.close(write_end)
    os.set_blocking(read_end, False)

    output_limit: int = config["output_limit"]
    deadline = started + config["timeout"]
    printed = 0
    tail = b""
    timed_out = False
    exit_status: int | None = None
    ended_at: float | None = None
    with open(config["output"], "wb") as out:
        while True:
            now = time.monotonic()
            if exit_status is None:
                exit_status = child.poll()
                if exit_status is not None:
                    ended_at = now
            # After the example exits, what it wrote is drained; a process it left holding the pipe does not keep us.
            if ended_at is not None and now - ended_at > 0.2:
                break
            if now >= deadline:
                timed_out = exit_status is None
                break
            ready, _, _ = select.select([read_end], [], [], 0.05)
            if not ready:
                continue
            chunk = os.read(read_end, 65536)
            if not chunk:
                if exit_status is not None:
                    break
                continue
            if printed < output_limit:
                out.write(chunk[: output_limit - printed])
            printed += len(chunk)
            tail = (tail + chunk)[-TAIL_BYTES:]
            if printed > output_limit:
                break
    seconds = time.monotonic() - started
    flooded = printed > output_limit
    if timed_out or flooded:
        kill_all(child)
        exit_status = child.poll()

    # Helpers such as multiprocessing's resource tracker exit on their own just
    # after the program does; only what outlives this grace is "left running".
    left: list[str] = []
    if HAVE_PROC:
        until = time.monotonic() + config["grace"]
        while True:
            reap()
            living = [pid for pid, zombie in descendants().items() if not zombie]
            if not living or time.monotonic() >= until:
                break
            time.sleep(0.025)
        left = [f"{command_line(pid)} (pid {pid})" for pid in sorted(living)]
    kill_all(child)
    os.close(read_end)

    with open(config["result"], "w", encoding="utf-8") as f:
        json.dump(
            {
                "exitCode": exit_status if exit_status is not None and exit_status >= 0 else None,
                "signal": -exit_status if exit_status is not None and exit_status < 0 else None,
                "timedOut": timed_out,
                "printed": printed,
                "flooded": flooded,
                "tail": tail.decode(errors="replace") if flooded else "",
                "leftover": left,
                "seconds": seconds,
            },
            f,
        )


if __name__ == "__main__":
    main()
