# Listing 13.12, from manuscript/en/13-sync-and-async.md:1382
import asyncio
import contextvars
import threading

request_id: contextvars.ContextVar[str] = contextvars.ContextVar(
    "request_id", default="-"
)


def log(where: str) -> None:
    print(f"{where:<28} request_id={request_id.get()}")


def change_it() -> None:
    request_id.set("changed-in-thread")
    log("thread after set()")


async def coroutine_in_loop() -> None:
    log("run_coroutine_threadsafe")


def thread_calling_back(loop: asyncio.AbstractEventLoop) -> None:
    request_id.set("from-thread")
    asyncio.run_coroutine_threadsafe(coroutine_in_loop(), loop).result()


async def main() -> None:
    loop = asyncio.get_running_loop()
    request_id.set("req-42")
    log("coroutine")
    await asyncio.to_thread(log, "to_thread")
    await loop.run_in_executor(None, log, "run_in_executor")
    ctx = contextvars.copy_context()
    label = "run_in_executor + ctx.run"
    await loop.run_in_executor(None, lambda: ctx.run(log, label))
    thread = threading.Thread(target=log, args=("threading.Thread",))
    thread.start()
    await asyncio.to_thread(thread.join)
    await asyncio.to_thread(change_it)
    log("coroutine again")
    await asyncio.to_thread(thread_calling_back, loop)


asyncio.run(main())
