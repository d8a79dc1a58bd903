# Listing 14.3, from manuscript/ru/14-async-and-threads.md:409
import pickle
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

DATA = bytes(range(256)) * 80_000  # около 20 МБ


def checksum(data: bytes) -> int:
    return data[0] + data[-1] + len(data)


def best_of_three(pool: Executor) -> float:
    times: list[float] = []
    for _ in range(3):
        start = time.perf_counter()
        pool.submit(checksum, DATA).result()
        times.append(time.perf_counter() - start)
    return min(times)


if __name__ == "__main__":
    print(f"аргумент после pickle: {len(pickle.dumps(DATA)) / 1e6:.1f} МБ")
    with ThreadPoolExecutor(1) as threads, ProcessPoolExecutor(1) as processes:
        processes.submit(checksum, b"x").result()  # сначала запустить рабочий процесс
        in_thread = best_of_three(threads)
        in_process = best_of_three(processes)
    print(f"один вызов в потоке:   {in_thread * 1000:.3f} мс")
    print(f"один вызов в процессе: {in_process * 1000:.3f} мс")
    print("поток оказался быстрее хотя бы в 10 раз:", in_process > 10 * in_thread)
