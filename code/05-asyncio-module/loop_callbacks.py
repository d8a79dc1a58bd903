# Listing 5.1, from manuscript/en/05-asyncio-module.md:129
import asyncio


def report(label: str) -> None:
    print("callback:", label)


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, report, "call_later(0.2)")
    loop.call_later(0.1, report, "call_later(0.1)")
    loop.call_soon(report, "call_soon")
    print("main: three callbacks scheduled, none has run yet")

    # A future is a placeholder for a result that someone supplies later.
    answer: asyncio.Future[int] = loop.create_future()
    loop.call_at(loop.time() + 0.3, answer.set_result, 42)
    print("main: waiting for the future")
    print("main: the future resolved to", await answer)


asyncio.run(main())
