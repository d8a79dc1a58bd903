# Listing 4.15, from manuscript/ru/04-async-await.md:1008
import asyncio
from collections.abc import AsyncIterator


async def paginate(total: int, page_size: int) -> AsyncIterator[list[int]]:
    for start in range(0, total, page_size):
        await asyncio.sleep(0.01)  # загружаем из API следующую страницу
        yield list(range(start, min(start + page_size, total)))


async def main() -> None:
    async for page in paginate(7, page_size=3):
        print("страница:", page)

    sizes = [len(page) async for page in paginate(7, page_size=3)]
    print("размеры страниц:", sizes)


asyncio.run(main())
