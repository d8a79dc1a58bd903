# Listing 3.13, from manuscript/ru/03-python-basics.md:951
import time
from concurrent.futures import Future, ThreadPoolExecutor, as_completed


def fetch(name: str, delay: float) -> str:
    time.sleep(delay)
    return f"{name}: готово через {delay} с"


jobs = {"медленное": 0.45, "быстрое": 0.05, "среднее": 0.25}

with ThreadPoolExecutor() as pool:
    futures: dict[Future[str], str] = {
        pool.submit(fetch, name, delay): name for name, delay in jobs.items()
    }
    for future in as_completed(futures):
        print(futures[future], "->", future.result())
