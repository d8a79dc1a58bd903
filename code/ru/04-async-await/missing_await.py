# Listing 4.10, from manuscript/ru/04-async-await.md:673
import asyncio

saved: list[str] = []


async def save(item: str) -> None:
    await asyncio.sleep(0.01)  # изображает запись в базу данных
    saved.append(item)


async def main() -> None:
    save("report.pdf")  # pyright: ignore[reportUnusedCoroutine]
    print("сохранено:", saved)


asyncio.run(main())
