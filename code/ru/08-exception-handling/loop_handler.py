# Listing 8.14, from manuscript/ru/08-exception-handling.md:1446
import asyncio
import gc
from typing import Any


def report(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    exc = context.get("exception")
    message = context["message"].split(" at ")[0]  # отбрасываем " at файл:строка"
    print(f"обработчик: {message}: {exc!r}")
    # Чтобы сохранить и стандартное журналирование, вызовите:
    # loop.default_exception_handler(context)


def flush_metrics() -> None:
    raise RuntimeError("бэкенд метрик недоступен")


async def send_report() -> None:
    raise ConnectionError("почтовый сервер недоступен")


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)

    loop.call_soon(flush_metrics)
    task = asyncio.create_task(send_report())
    await asyncio.sleep(0.05)
    del task
    gc.collect()
    print("main: работает как обычно")


asyncio.run(main())
