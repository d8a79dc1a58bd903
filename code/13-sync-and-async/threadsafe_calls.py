# Listing 13.7, from manuscript/en/13-sync-and-async.md:667
import asyncio


async def fetch_price(symbol: str) -> float:
    await asyncio.sleep(0.05)  # an async client call
    prices = {"ACME": 12.5, "INIT": 3.25}
    return prices[symbol]


async def slow_lookup() -> float:
    try:
        await asyncio.sleep(0.5)
        return 0.0
    except asyncio.CancelledError:
        print("loop: slow_lookup was cancelled")
        raise


def legacy_report(loop: asyncio.AbstractEventLoop, symbols: list[str]) -> list[str]:
    """Synchronous plugin code, running in a worker thread."""
    lines: list[str] = []
    for symbol in symbols:
        future = asyncio.run_coroutine_threadsafe(fetch_price(symbol), loop)
        try:
            lines.append(f"{symbol}: {future.result(timeout=2.0)}")
        except KeyError as exc:
            lines.append(f"{symbol}: unknown symbol {exc}")

    future = asyncio.run_coroutine_threadsafe(slow_lookup(), loop)
    try:
        future.result(timeout=0.1)
    except TimeoutError:
        future.cancel()  # cancels the task in the loop, too
        lines.append("slow lookup: gave up after 0.1 s")
    return lines


async def main() -> None:
    loop = asyncio.get_running_loop()
    lines = await asyncio.to_thread(legacy_report, loop, ["ACME", "???", "INIT"])
    for line in lines:
        print(line)


asyncio.run(main())
