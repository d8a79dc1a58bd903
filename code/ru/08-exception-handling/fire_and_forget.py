# Listing 8.3, from manuscript/ru/08-exception-handling.md:208
import asyncio
from collections.abc import Coroutine
from typing import Any

background_tasks: set[asyncio.Task[None]] = set()


def on_background_done(task: asyncio.Task[None]) -> None:
    background_tasks.discard(task)
    if task.cancelled():
        return
    exc = task.exception()  # заодно это отключает сообщение при сборке мусора
    if exc is not None:
        # Настоящая программа вызвала бы здесь logger.error(..., exc_info=exc).
        print(f"фоновая задача {task.get_name()!r} упала: {exc!r}")


def spawn(coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[None]:
    task = asyncio.create_task(coro, name=name)
    background_tasks.add(task)
    task.add_done_callback(on_background_done)
    return task


async def wait_for_background() -> None:
    """Ждёт, пока не останется фоновых задач, включая запущенные по ходу дела."""
    while background_tasks:  # asyncio.wait() не принимает пустое множество
        await asyncio.wait(set(background_tasks))


async def archive(to: str) -> None:
    await asyncio.sleep(0.03)
    print(f"отчёт для {to} заархивирован")


async def send_report(to: str, delay: float) -> None:
    await asyncio.sleep(delay)
    if to.endswith(".invalid"):
        raise ConnectionError(f"не удаётся связаться с {to}")
    print(f"отчёт отправлен на {to}")
    spawn(archive(to), name=f"archive-{to}")  # ещё немного фоновой работы


async def main() -> None:
    spawn(send_report("ops@example.com", 0.01), name="report-ops")
    spawn(send_report("dev@example.invalid", 0.02), name="report-dev")
    print("main: отправка отчётов запущена")
    # ... main продолжает свою работу; перед выходом она даёт фоновым
    # задачам завершиться, чтобы их не пришлось отменять asyncio.run().
    await wait_for_background()
    print("осталось фоновых задач:", len(background_tasks))


asyncio.run(main())
