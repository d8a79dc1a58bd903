# Listing 15.6, from manuscript/ru/15-future.md:446
import asyncio


async def close_connection() -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        # Сама очистка падает, пока задачу отменяют.
        raise ConnectionResetError("peer vanished during close")


async def worker() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(close_connection())
    except* ConnectionResetError as group:
        print("worker: обработано", repr(group.exceptions[0]))
    task = asyncio.current_task()
    assert task is not None
    print("worker: cancelling() =", task.cancelling())
    await asyncio.sleep(0.2)
    print("worker: всё ещё работает; отмена потеряна")


async def main() -> None:
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: worker отменён")
    else:
        print("main: worker завершился нормально")


asyncio.run(main())
