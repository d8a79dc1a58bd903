# Listing 8.4, from manuscript/ru/08-exception-handling.md:313
import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name}: соединение сброшено")
    print(f"{name}: готово")
    return name.upper()


async def main() -> None:
    tasks = [
        asyncio.create_task(fetch("a", 0.1), name="a"),
        asyncio.create_task(fetch("b", 0.2, fail=True), name="b"),
        asyncio.create_task(fetch("c", 0.4), name="c"),
    ]
    try:
        results = await asyncio.gather(*tasks)
        print("результаты:", results)
    except ConnectionError as exc:
        print("gather выбросила:", exc)

    for task in tasks:
        print(f"{task.get_name()}: done={task.done()}")
    print("c всё равно возвращает:", await tasks[2])


asyncio.run(main())
