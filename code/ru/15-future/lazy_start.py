# Listing 15.2, from manuscript/ru/15-future.md:117
import asyncio

cache = {"home": "<h1>Home</h1>"}


async def page(name: str) -> str:
    print(f"  page({name!r}) стартует")
    if name in cache:
        return cache[name]  # попадание в кэш: никакого await
    await asyncio.sleep(0.1)  # промах кэша: делаем вид, что загружаем
    cache[name] = f"<h1>{name.title()}</h1>"
    print(f"  page({name!r}) загружена")
    return cache[name]


async def main() -> None:
    hit = asyncio.create_task(page("home"))
    print("после create_task(hit):  done =", hit.done())
    miss = asyncio.create_task(page("about"))
    print("после create_task(miss): done =", miss.done())
    print("первый await")
    print(await hit, await miss)


asyncio.run(main())
