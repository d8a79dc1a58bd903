# Listing 14.7, from manuscript/en/14-async-and-threads.md:832
import asyncio
import resource
import threading
import time
from collections.abc import Callable

WAITS = 500


def switches() -> tuple[int, int]:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # every thread counted
    return usage.ru_nvcsw, usage.ru_nivcsw


def count(label: str, run: Callable[[], None]) -> int:
    vol_before, invol_before = switches()
    run()
    vol_after, invol_after = switches()
    voluntary = vol_after - vol_before
    print(f"{label}: {voluntary} voluntary, "
          f"{invol_after - invol_before} involuntary switches")
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


thread_switches = count("threads", with_threads)
task_switches = count("asyncio", lambda: asyncio.run(all_tasks()))
print("threads: at least one switch per wait:", thread_switches >= WAITS)
print("asyncio: fewer than 50 switches in all:", task_switches < 50)
