# Listing 12.1, from manuscript/ru/12-advanced-topics.md:59
import asyncio
from collections.abc import AsyncGenerator


class Resync(Exception):
    """Выбрасывается в генератор, чтобы он начал отсчёт заново."""


async def readings(sensor: str) -> AsyncGenerator[float, None]:
    print(f"  {sensor}: открыт")
    value = 20.0
    try:
        while True:
            await asyncio.sleep(0.01)  # ждём датчик
            try:
                yield value
            except Resync:
                print(f"  {sensor}: повторная синхронизация")
                value = 20.0
            else:
                value += 0.5
    finally:
        print(f"  {sensor}: закрыт")


async def main() -> None:
    gen = readings("t1")
    print("создан; ещё ничего не выполнялось")
    print("anext  ->", await anext(gen))
    print("anext  ->", await anext(gen))
    print("athrow ->", await gen.athrow(Resync()))
    print("anext  ->", await anext(gen))
    await gen.aclose()
    print("aclose -> готово")
    print("anext  ->", await anext(gen, "исчерпан"))

    gen = readings("t2")
    await anext(gen)
    try:
        await gen.athrow(ValueError("датчик отключён"))
    except ValueError as exc:
        print("athrow -> выбросил", repr(exc))
    print("anext  ->", await anext(gen, "исчерпан"))


asyncio.run(main())
