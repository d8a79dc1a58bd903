# Listing 3.2, from manuscript/en/03-python-basics.md:162
import hashlib
import threading
import time
from collections.abc import Callable

DATA = bytes(10_000_000)


def python_loop() -> None:
    total = 0
    for i in range(3_000_000):
        total += i * i


def hash_data() -> None:
    for _ in range(10):
        hashlib.sha256(DATA).digest()


def cores_used(job: Callable[[], None]) -> float:
    """Run job in two threads; return CPU time divided by wall time."""
    threads = [threading.Thread(target=job) for _ in range(2)]
    wall_start = time.perf_counter()
    cpu_start = time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    cpu = time.process_time() - cpu_start
    wall = time.perf_counter() - wall_start
    return cpu / wall


loop_ratio = cores_used(python_loop)
hash_ratio = cores_used(hash_data)
print(f"pure Python: {loop_ratio:.2f} cores busy on average")
print(f"hashlib:     {hash_ratio:.2f} cores busy on average")
print("pure Python used more than one core:", loop_ratio > 1.2)
