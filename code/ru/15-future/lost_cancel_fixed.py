# Listing 15.7, from manuscript/ru/15-future.md:554
import asyncio


async def send_goodbye() -> None:
    await asyncio.sleep(0)
    raise ConnectionResetError("peer vanished during close")


async def close_connection() -> None:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        try:
            await send_goodbye()  # очистка, которая может упасть
        except ConnectionError as exc:
            # Сообщаем о сбое очистки, но отмена должна победить.
            print("close_connection: сбой очистки:", repr(exc))
        raise


async def worker() -> None:
    async with asyncio.TaskGroup() as tg:
        tg.create_task(close_connection())
    print("worker: до этой строки дело не доходит")


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
