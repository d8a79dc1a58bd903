# Listing 14.7, from manuscript/ru/14-async-and-threads.md:848
import asyncio
import resource
import threading
import time
from collections.abc import Callable

WAITS = 500


def switches() -> tuple[int, int]:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # учитываются все потоки
    return usage.ru_nvcsw, usage.ru_nivcsw


def count(label: str, run: Callable[[], None]) -> int:
    vol_before, invol_before = switches()
    run()
    vol_after, invol_after = switches()
    voluntary = vol_after - vol_before
    print(f"{label}: {voluntary} добровольных, "
          f"{invol_after - invol_before} принудительных переключений")
    return voluntary


def with_threads() -> None:
    threads = [threading.Thread(target=time.sleep, args=(0.1,)) for _ in range(WAITS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


async def all_tasks() -> None:
    async with asyncio.TaskGroup() as tg:
        for _ in range(WAITS):
            tg.create_task(asyncio.sleep(0.1))


thread_switches = count("потоки", with_threads)
task_switches = count("asyncio", lambda: asyncio.run(all_tasks()))
print("потоки: хотя бы одно переключение на ожидание:", thread_switches >= WAITS)
print("asyncio: меньше 50 переключений на всё:", task_switches < 50)
