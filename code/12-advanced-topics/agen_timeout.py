# Listing 12.5, from manuscript/en/12-advanced-topics.md:503
import asyncio
from collections.abc import AsyncGenerator


def task_name() -> str:
    task = asyncio.current_task()
    return task.get_name() if task else "no task"


async def numbers() -> AsyncGenerator[int, None]:
    try:
        async with asyncio.timeout(0.1):  # wrong: the yield is inside the timeout
            for i in range(3):
                yield i
    except BaseException as exc:
        print(f"  numbers: {type(exc).__name__} in {task_name()}")
        raise


async def consume() -> None:
    try:
        async for i in numbers():
            print(f"  consume: got {i} in {task_name()}")
            await asyncio.sleep(0.3)  # the timeout expires while we wait here
    except BaseException as exc:
        print(f"  consume: {type(exc).__name__}")
        raise


async def main() -> None:
    task = asyncio.create_task(consume())
    await asyncio.wait([task])
    print("main: consumer task cancelled?", task.cancelled())


asyncio.run(main())
