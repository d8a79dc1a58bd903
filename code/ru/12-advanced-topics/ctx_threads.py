# Listing 12.12, from manuscript/ru/12-advanced-topics.md:1302
import asyncio
import contextvars
from concurrent.futures import ThreadPoolExecutor

locale: contextvars.ContextVar[str] = contextvars.ContextVar("locale", default="en_US")


def format_total(amount: float) -> str:
    """Блокирующий синхронный код, который читает контекстную переменную."""
    text = f"{amount:,.2f}"
    if locale.get() == "de_DE":
        text = text.replace(",", " ").replace(".", ",")
    return f"{locale.get()} {text}"


def format_as(name: str, amount: float) -> str:
    locale.set(name)  # задаёт переменную в том контексте, где выполняется
    return format_total(amount)


async def main() -> None:
    locale.set("de_DE")
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1) as pool:  # один рабочий поток, используемый повторно
        print("to_thread:       ", await asyncio.to_thread(format_total, 1234.5))
        print("run_in_executor: ", await loop.run_in_executor(pool, format_total, 1234.5))

        ctx = contextvars.copy_context()
        print("с ctx.run:       ", await loop.run_in_executor(
            pool, lambda: ctx.run(format_total, 1234.5)))

        print("задание задаёт:  ", await loop.run_in_executor(pool, format_as, "fr_FR", 1.0))
        print("следующее видит: ", await loop.run_in_executor(pool, format_total, 1.0))
        print("to_thread задаёт:", await asyncio.to_thread(format_as, "fr_FR", 1.0))
        print("main по-прежнему:", locale.get())


asyncio.run(main())
