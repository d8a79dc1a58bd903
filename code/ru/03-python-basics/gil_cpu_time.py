# Listing 3.2, from manuscript/ru/03-python-basics.md:176
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
    """Запускает job в двух потоках; возвращает процессорное время, делённое на астрономическое."""
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
print(f"чистый Python: в среднем занято {loop_ratio:.2f} ядра")
print(f"hashlib:       в среднем занято {hash_ratio:.2f} ядра")
print("чистый Python занял больше одного ядра:", loop_ratio > 1.2)
