# Listing 5.4, from manuscript/ru/05-asyncio-module.md:292
import asyncio
from collections.abc import Coroutine
from typing import Any

background_tasks: set[asyncio.Task[None]] = set()


def spawn(coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
    task = asyncio.create_task(coro)
    background_tasks.add(task)  # сильная ссылка удерживает задачу в живых...
    task.add_done_callback(background_tasks.discard)  # ...пока она не завершится
    return task


async def send_audit_record(event: str, delay: float) -> None:
    await asyncio.sleep(delay)
    print("аудит: записано событие", event)


async def main() -> None:
    for n, event in enumerate(["login", "upload", "logout"], start=1):
        spawn(send_audit_record(event, delay=n / 20))
    print("main: задач в работе:", len(background_tasks))
    await asyncio.sleep(0.4)
    print("main: задач в работе:", len(background_tasks))


asyncio.run(main())
