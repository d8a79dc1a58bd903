# Listing 5.3, from manuscript/ru/05-asyncio-module.md:246
import asyncio
import gc


async def wait_for_signal(signal: asyncio.Future[str]) -> None:
    print("слушатель: жду сигнала")
    print("слушатель: получил", await signal)


async def main() -> None:
    loop = asyncio.get_running_loop()
    signal: asyncio.Future[str] = loop.create_future()
    asyncio.create_task(wait_for_signal(signal))  # результат выброшен!
    del signal  # теперь на футуру ссылается только задача, и наоборот
    await asyncio.sleep(0.1)
    gc.collect()  # сборка мусора может случиться в любой момент
    print("main: живые задачи:", [t.get_name() for t in asyncio.all_tasks()])


asyncio.run(main())
