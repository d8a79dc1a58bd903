# Listing 3.22, from manuscript/ru/03-python-basics.md:1563
import time
from concurrent.futures import ThreadPoolExecutor


def slow() -> str:
    time.sleep(0.3)
    return "готово"


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(slow)
    queued = pool.submit(slow)
    try:
        first.result(timeout=0.1)
    except TimeoutError:
        print("тайм-аут; всё ещё выполняется:", first.running())
    print("отмена выполняющейся задачи:", first.cancel())
    print("отмена задачи в очереди:", queued.cancel())
    print("результат:", first.result())
    print("задача из очереди отменена:", queued.cancelled())
