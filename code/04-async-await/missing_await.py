# Listing 4.10, from manuscript/en/04-async-await.md:738
import asyncio

saved: list[str] = []


async def save(item: str) -> None:
    await asyncio.sleep(0.01)  # stands in for a database write
    saved.append(item)


async def main() -> None:
    save("report.pdf")  # pyright: ignore[reportUnusedCoroutine]
    print("saved items:", saved)


asyncio.run(main())
