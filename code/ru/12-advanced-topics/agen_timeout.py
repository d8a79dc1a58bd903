# Listing 12.5, from manuscript/ru/12-advanced-topics.md:445
import asyncio
from collections.abc import AsyncGenerator


def task_name() -> str:
    task = asyncio.current_task()
    return task.get_name() if task else "нет задачи"


async def numbers() -> AsyncGenerator[int, None]:
    try:
        async with asyncio.timeout(0.1):  # неправильно: yield внутри тайм-аута
            for i in range(3):
                yield i
    except BaseException as exc:
        print(f"  numbers: {type(exc).__name__} в {task_name()}")
        raise


async def consume() -> None:
    try:
        async for i in numbers():
            print(f"  consume: получено {i} в {task_name()}")
            await asyncio.sleep(0.3)  # тайм-аут истекает, пока мы ждём здесь
    except BaseException as exc:
        print(f"  consume: {type(exc).__name__}")
        raise


async def main() -> None:
    task = asyncio.create_task(consume())
    await asyncio.wait([task])
    print("main: задача потребителя отменена?", task.cancelled())


asyncio.run(main())
