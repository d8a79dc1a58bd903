# Listing 2.3, from manuscript/ru/02-sync-vs-async.md:193
import time
from concurrent.futures import ThreadPoolExecutor


def fetch(name: str, delay: float) -> str:
    time.sleep(delay)  # блокирует только рабочий поток, который её выполняет
    return f"{name} data"


def main() -> None:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(fetch, ["alpha", "beta", "gamma"], [0.3, 0.1, 0.2]))
    elapsed = time.perf_counter() - start
    print(results)
    print(f"прошло: {elapsed:.2f} с")
    print("меньше суммы ожиданий (0.6 с):", elapsed < 0.6)


main()
