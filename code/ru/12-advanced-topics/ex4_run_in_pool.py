# Listing 12.19, from manuscript/ru/12-advanced-topics.md:1953
import asyncio
import contextvars
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

user: contextvars.ContextVar[str] = contextvars.ContextVar("user", default="nobody")


async def run_in_pool(
    pool: Executor, func: Callable[P, R], *args: P.args, **kwargs: P.kwargs
) -> R:
    """Как loop.run_in_executor(), но func видит контекст вызывающего."""
    ctx = contextvars.copy_context()
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(pool, lambda: ctx.run(func, *args, **kwargs))


def audit(action: str, *, level: str = "info") -> str:
    worker = threading.current_thread().name.split("_")[-1]
    return f"[{level}] {user.get()}: {action} (рабочий поток {worker})"


async def handle(name: str, pool: Executor) -> None:
    user.set(name)
    print(await run_in_pool(pool, audit, "login"))
    await asyncio.sleep(0.01)
    print(await run_in_pool(pool, audit, "logout", level="debug"))


async def main() -> None:
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as pool:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(handle("alice", pool))
            tg.create_task(handle("bob", pool))
        print(await run_in_pool(pool, audit, "shutdown"))


asyncio.run(main())
