# Listing 3.15, from manuscript/en/03-python-basics.md:985
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

TASKS = 4


def fake_io(_: int) -> int:
    time.sleep(0.2)
    return 0


def cpu_work(_: int) -> int:
    total = 0
    for i in range(3_000_000):
        total += i * i
    return total


def sequential(job: Callable[[int], int]) -> float:
    start = time.perf_counter()
    for i in range(TASKS):
        job(i)
    return time.perf_counter() - start


def pooled(executor: Executor, job: Callable[[int], int]) -> float:
    start = time.perf_counter()
    with executor:
        list(executor.map(job, range(TASKS)))
    return time.perf_counter() - start


if __name__ == "__main__":
    io_seq = sequential(fake_io)
    io_threads = pooled(ThreadPoolExecutor(TASKS), fake_io)

    cpu_seq = sequential(cpu_work)
    cpu_start = time.process_time()
    cpu_threads = pooled(ThreadPoolExecutor(TASKS), cpu_work)
    cores_busy = (time.process_time() - cpu_start) / cpu_threads
    cpu_procs = pooled(ProcessPoolExecutor(2), cpu_work)

    print(f"I/O-bound: sequential {io_seq:.2f} s, threads {io_threads:.2f} s")
    print(
        f"CPU-bound: sequential {cpu_seq:.2f} s, threads {cpu_threads:.2f} s,"
        f" processes {cpu_procs:.2f} s"
    )
    print("threads sped up the I/O-bound work:", io_threads < io_seq / 2)
    print("threads ran Python on two cores at once:", cores_busy > 1.2)
