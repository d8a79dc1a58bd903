# Listing 5.5, from manuscript/ru/05-asyncio-module.md:347
import asyncio


async def fetch_price(symbol: str, delay: float) -> float:
    await asyncio.sleep(delay)
    if symbol == "XXX":
        raise LookupError(f"неизвестный тикер {symbol}")
    return {"ABC": 12.5, "DEF": 7.25, "GHI": 31.0}[symbol]


async def main() -> None:
    # Результаты приходят в порядке аргументов, а не в порядке завершения.
    prices = await asyncio.gather(
        fetch_price("ABC", 0.3),
        fetch_price("DEF", 0.1),
        fetch_price("GHI", 0.2),
    )
    print("цены:", prices)

    # С return_exceptions=True сбой становится значением в списке.
    outcomes = await asyncio.gather(
        fetch_price("ABC", 0.1),
        fetch_price("XXX", 0.1),
        return_exceptions=True,
    )
    for outcome in outcomes:
        print("исход:", repr(outcome))

    # Без него первое исключение доходит до ожидающей корутины.
    # Остальные awaitable-объекты не отменяются: они продолжают работать.
    slow = asyncio.create_task(fetch_price("DEF", 0.3))
    try:
        await asyncio.gather(fetch_price("XXX", 0.1), slow)
    except LookupError as exc:
        print("gather выбросил:", exc)
    print("медленная задача всё ещё работает:", not slow.done())
    print("а позже она возвращает", await slow)


asyncio.run(main())
