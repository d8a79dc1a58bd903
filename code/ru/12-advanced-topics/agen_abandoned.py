# Listing 12.2, from manuscript/ru/12-advanced-topics.md:153
import asyncio
from collections.abc import AsyncGenerator
from contextlib import aclosing


def task_name() -> str:
    task = asyncio.current_task()
    return task.get_name() if task else "нет задачи"


async def rows(label: str) -> AsyncGenerator[int, None]:
    print(f"{label}: курсор открыт в {task_name()}")
    try:
        for row in range(100):
            await asyncio.sleep(0)  # получаем следующую строку
            yield row
    finally:
        await asyncio.sleep(0.01)  # просим сервер закрыть курсор
        print(f"{label}: курсор закрыт в {task_name()}")


async def main() -> None:
    async for row in rows("plain"):
        if row == 2:
            break
    print("main: цикл покинут, делаем другую работу")
    await asyncio.sleep(0.1)
    print("main: другая работа сделана")

    async with aclosing(rows("aclosing")) as cursor:
        async for row in cursor:
            if row == 2:
                break
    print("main: блок покинут, делаем другую работу")
    await asyncio.sleep(0.1)
    print("main: другая работа сделана")


asyncio.run(main())
