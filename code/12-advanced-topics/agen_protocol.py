# Listing 12.1, from manuscript/en/12-advanced-topics.md:78
import asyncio
from collections.abc import AsyncGenerator


class Resync(Exception):
    """Thrown into the generator to make it start counting again."""


async def readings(sensor: str) -> AsyncGenerator[float, None]:
    print(f"  {sensor}: opened")
    value = 20.0
    try:
        while True:
            await asyncio.sleep(0.01)  # wait for the sensor
            try:
                yield value
            except Resync:
                print(f"  {sensor}: resynchronising")
                value = 20.0
            else:
                value += 0.5
    finally:
        print(f"  {sensor}: closed")


async def main() -> None:
    gen = readings("t1")
    print("created; nothing has run yet")
    print("anext  ->", await anext(gen))
    print("anext  ->", await anext(gen))
    print("athrow ->", await gen.athrow(Resync()))
    print("anext  ->", await anext(gen))
    await gen.aclose()
    print("aclose -> done")
    print("anext  ->", await anext(gen, "exhausted"))

    gen = readings("t2")
    await anext(gen)
    try:
        await gen.athrow(ValueError("sensor unplugged"))
    except ValueError as exc:
        print("athrow -> raised", repr(exc))
    print("anext  ->", await anext(gen, "exhausted"))


asyncio.run(main())
