# Listing 2.12, from manuscript/ru/02-sync-vs-async.md:1272
import asyncio


async def save(record: str) -> None:
    await asyncio.sleep(0.01)
    print(f"сохранена {record} запись")


async def main() -> None:
    save("первая")  # pyright: ignore[reportUnusedCoroutine]
    await save("вторая")
    print("готово")


asyncio.run(main())
