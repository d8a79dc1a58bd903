"""Loaded into every example's interpreter (and its Python children) through PYTHONPATH.

An audit hook refuses, before any system call is made, to resolve or reach an
address that is not on this machine: examples are offline. Inside the Linux
sandbox the network namespace already has only `lo`; this hook is what the
fallback has, and on both it names the attempt in the example's output.
"""

from __future__ import annotations

import ipaddress
import os
import sys
from typing import Any

LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}
MARK = "sandbox: network access refused"


def _local(host: object) -> bool:
    if host is None or host == "":
        return True
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    if not isinstance(host, str):
        return False
    if host.lower() in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _address_is_local(address: object) -> bool:
    # AF_UNIX paths (str or bytes) and abstract sockets stay on the machine.
    if isinstance(address, (str, bytes)):
        return True
    if isinstance(address, tuple) and address:
        return _local(address[0])  # type: ignore[index]
    return True


def _refuse(what: str) -> None:
    message = f"{MARK}: {what} (examples may use loopback only)"
    # Recorded outside the example's output, so catching the error does not hide the attempt.
    log = os.environ.get("BOOK_SANDBOX_NETLOG")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(message + "\n")
    raise PermissionError(message)


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg") and len(args) >= 2:
        if not _address_is_local(args[1]):
            _refuse(f"{event} to {args[1]!r}")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr") and args:
        if not _local(args[0]):
            _refuse(f"looking up {args[0]!r}")


sys.addaudithook(_hook)
