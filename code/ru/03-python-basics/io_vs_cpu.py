# Listing 3.15, from manuscript/ru/03-python-basics.md:1044
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

    print(f"ввод-вывод: последовательно {io_seq:.2f} с, потоки {io_threads:.2f} с")
    print(
        f"вычисления: последовательно {cpu_seq:.2f} с, потоки {cpu_threads:.2f} с,"
        f" процессы {cpu_procs:.2f} с"
    )
    print("потоки ускорили ввод-вывод:", io_threads < io_seq / 2)
    print("потоки выполняли Python на двух ядрах сразу:", cores_busy > 1.2)
