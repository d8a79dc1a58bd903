# Listing 14.3, from manuscript/en/14-async-and-threads.md:403
import pickle
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

DATA = bytes(range(256)) * 80_000  # about 20 MB


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
    print(f"pickled argument: {len(pickle.dumps(DATA)) / 1e6:.1f} MB")
    with ThreadPoolExecutor(1) as threads, ProcessPoolExecutor(1) as processes:
        processes.submit(checksum, b"x").result()  # start the worker first
        in_thread = best_of_three(threads)
        in_process = best_of_three(processes)
    print(f"one call in a thread:  {in_thread * 1000:.3f} ms")
    print(f"one call in a process: {in_process * 1000:.3f} ms")
    print("the thread was at least 10x faster:", in_process > 10 * in_thread)
