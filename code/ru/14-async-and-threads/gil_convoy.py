# Listing 14.8, from manuscript/ru/14-async-and-threads.md:959
import asyncio
import sys
import threading
import time

WAKEUPS = 100


def spin(stop: threading.Event) -> None:
    """Занятая работа на чистом Python, которая не блокируется, как любые вычисления."""
    while not stop.is_set():
        pass


async def per_wakeup() -> float:
    """Среднее время короткого сна: один путь через epoll и обратно."""
    start = time.perf_counter()
    for _ in range(WAKEUPS):
        await asyncio.sleep(0.001)
    return (time.perf_counter() - start) / WAKEUPS


async def main() -> None:
    alone = await per_wakeup()
    stop = threading.Event()
    interval = sys.getswitchinterval()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.to_thread(spin, stop))
        try:
            await asyncio.sleep(0.05)  # дать потоку разогнаться
            contended = await per_wakeup()
            sys.setswitchinterval(0.001)
            short_interval = await per_wakeup()
        finally:  # и при Ctrl-C или ошибке, иначе поток будет крутиться вечно
            sys.setswitchinterval(interval)
            stop.set()
    print(f"цикл один:                     {alone * 1000:.1f} мс на пробуждение")
    print(f"рядом с вычисляющим потоком:   {contended * 1000:.1f} мс на пробуждение")
    print(f"то же, интервал 1 мс:          {short_interval * 1000:.1f} мс на пробуждение")
    print("интервал переключения:", sys.getswitchinterval())
    print("занятый поток замедлил каждое пробуждение:", contended > 0.003)


asyncio.run(main())
