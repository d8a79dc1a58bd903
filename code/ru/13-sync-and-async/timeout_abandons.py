# Listing 13.3, from manuscript/ru/13-sync-and-async.md:314
import asyncio
import threading
import time

finished = threading.Event()


def slow_export(rows: int) -> int:
    time.sleep(0.4)  # блокирующий вызов библиотеки, которой нет дела до asyncio
    finished.set()
    print("worker: экспорт всё-таки закончен; результат никому не нужен")
    return rows


async def main() -> None:
    try:
        async with asyncio.timeout(0.1):
            await asyncio.to_thread(slow_export, 1000)
    except TimeoutError:
        print("main: тайм-аут через 0.1 с")
    print("main: поток закончил?", finished.is_set())
    print("main: возвращаемся")


start = time.monotonic()
asyncio.run(main())
elapsed = time.monotonic() - start
print("после asyncio.run: поток закончил?", finished.is_set())
print("asyncio.run ждал поток:", elapsed >= 0.35)
