# Listing 5.1, from manuscript/ru/05-asyncio-module.md:109
import asyncio


def report(label: str) -> None:
    print("колбэк:", label)


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, report, "call_later(0.2)")
    loop.call_later(0.1, report, "call_later(0.1)")
    loop.call_soon(report, "call_soon")
    print("main: запланированы три колбэка, ни один ещё не выполнен")

    # Футура — заготовка для результата, который кто-то предоставит позже.
    answer: asyncio.Future[int] = loop.create_future()
    loop.call_at(loop.time() + 0.3, answer.set_result, 42)
    print("main: ждём футуру")
    print("main: футура получила значение", await answer)


asyncio.run(main())
