# Listing 8.14, from manuscript/en/08-exception-handling.md:1426
import asyncio
import gc
from typing import Any


def report(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    exc = context.get("exception")
    message = context["message"].split(" at ")[0]  # drop " at file:line"
    print(f"handler: {message}: {exc!r}")
    # To keep the default logging as well, call:
    # loop.default_exception_handler(context)


def flush_metrics() -> None:
    raise RuntimeError("metrics backend unavailable")


async def send_report() -> None:
    raise ConnectionError("mail server unreachable")


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)

    loop.call_soon(flush_metrics)
    task = asyncio.create_task(send_report())
    await asyncio.sleep(0.05)
    del task
    gc.collect()
    print("main: still running normally")


asyncio.run(main())
