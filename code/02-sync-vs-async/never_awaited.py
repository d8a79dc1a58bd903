# Listing 2.12, from manuscript/en/02-sync-vs-async.md:1320
import asyncio


async def save(record: str) -> None:
    await asyncio.sleep(0.01)
    print(f"saved {record}")


async def main() -> None:
    save("first")  # pyright: ignore[reportUnusedCoroutine]
    await save("second")
    print("done")


asyncio.run(main())
