# Listing 12.2, from manuscript/en/12-advanced-topics.md:181
import asyncio
from collections.abc import AsyncGenerator
from contextlib import aclosing


def task_name() -> str:
    task = asyncio.current_task()
    return task.get_name() if task else "no task"


async def rows(label: str) -> AsyncGenerator[int, None]:
    print(f"{label}: cursor opened in {task_name()}")
    try:
        for row in range(100):
            await asyncio.sleep(0)  # fetch the next row
            yield row
    finally:
        await asyncio.sleep(0.01)  # tell the server to close the cursor
        print(f"{label}: cursor closed in {task_name()}")


async def main() -> None:
    async for row in rows("plain"):
        if row == 2:
            break
    print("main: loop left, doing other work")
    await asyncio.sleep(0.1)
    print("main: other work done")

    async with aclosing(rows("aclosing")) as cursor:
        async for row in cursor:
            if row == 2:
                break
    print("main: block left, doing other work")
    await asyncio.sleep(0.1)
    print("main: other work done")


asyncio.run(main())
