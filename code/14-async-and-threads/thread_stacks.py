# Listing 14.6, from manuscript/en/14-async-and-threads.md:736
import resource
import threading
import time

import psutil

THREADS = 200
process = psutil.Process()


def settled_vms() -> int:
    """Virtual memory size once exited threads have released their stacks."""
    last = process.memory_info().vms
    while True:
        time.sleep(0.05)
        now = process.memory_info().vms
        if now == last:
            return now
        last = now


def address_space_per_thread(count: int) -> float:
    """Start `count` waiting threads; return the growth of virtual memory."""
    release = threading.Event()
    before = settled_vms()
    threads = [threading.Thread(target=release.wait) for _ in range(count)]
    for t in threads:
        t.start()
    grown = process.memory_info().vms - before
    release.set()
    for t in threads:
        t.join()
    return grown / count


soft, _hard = resource.getrlimit(resource.RLIMIT_STACK)
print("threading.stack_size():", threading.stack_size())
print(f"stack limit (ulimit -s): {soft // 1024} KiB")
address_space_per_thread(THREADS)  # warm-up: malloc creates its arenas here
default = address_space_per_thread(THREADS)
print(f"address space per thread, default stack: {default / 2**20:.2f} MiB")

threading.stack_size(256 * 1024)  # applies to threads started from now on
small = address_space_per_thread(THREADS)
print(f"address space per thread, 256 KiB stack: {small / 2**20:.2f} MiB")
print("smaller stacks reserve less:", small < default / 4)
