# Listing 3.22, from manuscript/en/03-python-basics.md:1481
import time
from concurrent.futures import ThreadPoolExecutor


def slow() -> str:
    time.sleep(0.3)
    return "finished"


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(slow)
    queued = pool.submit(slow)
    try:
        first.result(timeout=0.1)
    except TimeoutError:
        print("timed out; still running:", first.running())
    print("cancel running task:", first.cancel())
    print("cancel queued task:", queued.cancel())
    print("result:", first.result())
    print("queued task cancelled:", queued.cancelled())
