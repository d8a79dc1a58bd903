# Listing 5.4, from manuscript/en/05-asyncio-module.md:332
import asyncio
from collections.abc import Coroutine
from typing import Any

background_tasks: set[asyncio.Task[None]] = set()


def spawn(coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
    task = asyncio.create_task(coro)
    background_tasks.add(task)  # a strong reference keeps the task alive
    task.add_done_callback(background_tasks.discard)  # ...until it is done
    return task


async def send_audit_record(event: str, delay: float) -> None:
    await asyncio.sleep(delay)
    print("audit: recorded", event)


async def main() -> None:
    for n, event in enumerate(["login", "upload", "logout"], start=1):
        spawn(send_audit_record(event, delay=n / 20))
    print("main: tasks in flight:", len(background_tasks))
    await asyncio.sleep(0.4)
    print("main: tasks in flight:", len(background_tasks))


asyncio.run(main())
