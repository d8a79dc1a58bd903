# Listing 5.14, from manuscript/ru/05-asyncio-module.md:1121
import asyncio


async def runner(name: str, start: asyncio.Event) -> None:
    print(f"{name}: на старте")
    await start.wait()  # приостанавливается, пока событие не установлено
    print(f"{name}: бежит")


async def main() -> None:
    start = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        for name in ("аня", "боря", "вера"):
            tg.create_task(runner(name, start))
        await asyncio.sleep(0.1)
        print("судья: марш!")
        start.set()  # будит всех ожидающих сразу
    print("is_set():", start.is_set())
    await start.wait()  # установленное событие не блокирует
    print("опоздавший проходит не задерживаясь")


asyncio.run(main())
