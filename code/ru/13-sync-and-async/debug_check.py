# Listing 13.6, from manuscript/ru/13-sync-and-async.md:619
import asyncio


def report_from_thread(
    loop: asyncio.AbstractEventLoop, done: asyncio.Event
) -> None:
    try:
        loop.call_soon(done.set)  # ошибка: call_soon — только для потока цикла
    except RuntimeError as exc:
        print("поток:", exc)
    # Сначала печать: после done.set main может напечатать раньше этого потока.
    print("поток: передаю done.set циклу")
    loop.call_soon_threadsafe(done.set)  # правильно


async def main() -> None:
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.to_thread(report_from_thread, loop, done))
        await done.wait()
        print("main: событие получено")


asyncio.run(main(), debug=True)
