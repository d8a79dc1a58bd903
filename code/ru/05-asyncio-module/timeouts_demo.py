# Listing 5.9, from manuscript/ru/05-asyncio-module.md:655
import asyncio


async def query(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"{name}: {seconds} с работы"


async def main() -> None:
    # Крайний срок для целого блока кода (Python 3.11+).
    try:
        async with asyncio.timeout(0.4):
            print(await query("первый", 0.1))
            print(await query("второй", 0.1))
            print(await query("третий", 0.3))  # закончился бы на 0.5 с: слишком поздно
    except TimeoutError:
        print("у блока кончилось время")

    # Крайний срок для одного awaitable-объекта.
    try:
        print(await asyncio.wait_for(query("отчёт", 0.4), timeout=0.1))
    except TimeoutError:
        print("wait_for не дождался отчёта")
    print(await asyncio.wait_for(query("сводка", 0.1), timeout=0.3))


asyncio.run(main())
