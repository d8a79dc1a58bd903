# Listing 5.5, from manuscript/en/05-asyncio-module.md:391
import asyncio


async def fetch_price(symbol: str, delay: float) -> float:
    await asyncio.sleep(delay)
    if symbol == "XXX":
        raise LookupError(f"unknown symbol {symbol}")
    return {"ABC": 12.5, "DEF": 7.25, "GHI": 31.0}[symbol]


async def main() -> None:
    # Results come back in argument order, not in completion order.
    prices = await asyncio.gather(
        fetch_price("ABC", 0.3),
        fetch_price("DEF", 0.1),
        fetch_price("GHI", 0.2),
    )
    print("prices:", prices)

    # With return_exceptions=True, a failure becomes a value in the list.
    outcomes = await asyncio.gather(
        fetch_price("ABC", 0.1),
        fetch_price("XXX", 0.1),
        return_exceptions=True,
    )
    for outcome in outcomes:
        print("outcome:", repr(outcome))

    # Without it, the first exception propagates to the awaiting coroutine.
    # The other awaitables are not cancelled: they keep running.
    slow = asyncio.create_task(fetch_price("DEF", 0.3))
    try:
        await asyncio.gather(fetch_price("XXX", 0.1), slow)
    except LookupError as exc:
        print("gather raised:", exc)
    print("the slow task is still running:", not slow.done())
    print("and it later returns", await slow)


asyncio.run(main())
