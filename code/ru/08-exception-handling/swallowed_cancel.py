# Listing 8.10, from manuscript/ru/08-exception-handling.md:919
import asyncio
import time


async def stubborn() -> str:
    for step in range(1, 4):
        try:
            await asyncio.sleep(0.1)  # одна порция работы
        except asyncio.CancelledError:
            print(f"stubborn: отмена на шаге {step}, но я продолжаю")
    return "результат stubborn"


async def main() -> None:
    start = time.monotonic()
    async with asyncio.timeout(0.05) as deadline:
        result = await stubborn()
    elapsed = time.monotonic() - start
    print("результат:", result)
    print("срок истёк:", deadline.expired())
    print("TimeoutError не было, а блок вышел за крайний срок:", elapsed > 0.2)


asyncio.run(main())
