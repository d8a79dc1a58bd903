# Listing 8.3, from manuscript/en/08-exception-handling.md:203
import asyncio
from collections.abc import Coroutine
from typing import Any

background_tasks: set[asyncio.Task[None]] = set()


def on_background_done(task: asyncio.Task[None]) -> None:
    background_tasks.discard(task)
    if task.cancelled():
        return
    exc = task.exception()  # retrieving it also silences the GC report
    if exc is not None:
        # A real program would call logger.error(..., exc_info=exc) here.
        print(f"background task {task.get_name()!r} failed: {exc!r}")


def spawn(coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
    task = asyncio.create_task(coro, name=name)
    background_tasks.add(task)
    task.add_done_callback(on_background_done)
    return task


async def wait_for_background() -> None:
    """Wait until no background task is left, even ones spawned meanwhile."""
    while background_tasks:  # asyncio.wait() rejects an empty set
        await asyncio.wait(set(background_tasks))


async def archive(to: str) -> None:
    await asyncio.sleep(0.03)
    print(f"report to {to} archived")


async def send_report(to: str, delay: float) -> None:
    await asyncio.sleep(delay)
    if to.endswith(".invalid"):
        raise ConnectionError(f"cannot reach {to}")
    print(f"report sent to {to}")
    spawn(archive(to), name=f"archive-{to}")  # more background work


async def main() -> None:
    spawn(send_report("ops@example.com", 0.01), name="report-ops")
    spawn(send_report("dev@example.invalid", 0.02), name="report-dev")
    print("main: reports started")
    # ... main goes on with its own work; before exiting, it lets the
    # background tasks finish instead of having asyncio.run() cancel them.
    await wait_for_background()
    print("background tasks left:", len(background_tasks))


asyncio.run(main())
