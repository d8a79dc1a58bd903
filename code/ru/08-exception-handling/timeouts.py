# Listing 8.11, from manuscript/ru/08-exception-handling.md:1040
import asyncio
from collections.abc import AsyncIterator


async def slow_query(seconds: float) -> str:
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"  slow_query({seconds}): отменён")
        raise
    return f"строки через {seconds} с"


async def chunks() -> AsyncIterator[str]:
    for n in range(1, 4):
        await asyncio.sleep(0.05)
        yield f"фрагмент {n}"
    await asyncio.sleep(0.4)  # собеседник замолкает
    yield "слишком поздно"


async def main() -> None:
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)

    print("крайний срок для блока:")
    deadline = asyncio.timeout(0.1)
    try:
        async with deadline:
            await slow_query(0.4)
    except TimeoutError:
        print("  TimeoutError; expired() =", deadline.expired())

    print("тайм-аут простоя, сдвигаемый после каждого фрагмента:")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.3) as idle:
            async for chunk in chunks():
                print("  получен", chunk)
                idle.reschedule(loop.time() + 0.3)
    except TimeoutError:
        print("  поток данных замолчал")

    print("wait_for() для одного awaitable-объекта:")
    try:
        await asyncio.wait_for(slow_query(0.4), timeout=0.1)
    except TimeoutError:
        print("  TimeoutError из wait_for")
    print(" ", await asyncio.wait_for(slow_query(0.01), timeout=0.2))


asyncio.run(main())
