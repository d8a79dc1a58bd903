# Listing 2.3, from manuscript/en/02-sync-vs-async.md:201
import time
from concurrent.futures import ThreadPoolExecutor


def fetch(name: str, delay: float) -> str:
    time.sleep(delay)  # blocks only the worker thread that runs it
    return f"{name} data"


def main() -> None:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(fetch, ["alpha", "beta", "gamma"], [0.3, 0.1, 0.2]))
    elapsed = time.perf_counter() - start
    print(results)
    print(f"elapsed: {elapsed:.2f} s")
    print("less than the sum of the waits (0.6 s):", elapsed < 0.6)


main()
