# Listing 13.14, from manuscript/ru/13-sync-and-async.md:1634
import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def call_async(
    loop: asyncio.AbstractEventLoop,
    coro: Coroutine[Any, Any, T],
    timeout: float | None = None,
) -> T:
    """Выполнить coro в loop и дождаться её из любого потока, кроме потока цикла."""
    try:
        running = asyncio.get_running_loop()
    except RuntimeError:
        running = None
    if running is loop:
        coro.close()
        raise RuntimeError("call_async() заблокировал бы цикл, которого ждёт")
    future = asyncio.run_coroutine_threadsafe(coro, loop)
    try:
        return future.result(timeout)
    except TimeoutError:
        future.cancel()
        raise


async def double(n: int) -> int:
    await asyncio.sleep(0.01)
    return 2 * n


def sync_helper(loop: asyncio.AbstractEventLoop) -> int:
    return call_async(loop, double(21), timeout=1.0)


async def main() -> None:
    loop = asyncio.get_running_loop()
    print("из рабочего потока:", await asyncio.to_thread(sync_helper, loop))
    try:
        sync_helper(loop)  # вызов напрямую, в собственном потоке цикла
    except RuntimeError as exc:
        print("из потока цикла:", exc)


asyncio.run(main())
