# Listing 15.2, from manuscript/en/15-future.md:113
import asyncio

cache = {"home": "<h1>Home</h1>"}


async def page(name: str) -> str:
    print(f"  page({name!r}) starts")
    if name in cache:
        return cache[name]  # a cache hit: no await at all
    await asyncio.sleep(0.1)  # a cache miss: pretend to fetch it
    cache[name] = f"<h1>{name.title()}</h1>"
    print(f"  page({name!r}) fetched")
    return cache[name]


async def main() -> None:
    hit = asyncio.create_task(page("home"))
    print("after create_task(hit):  done =", hit.done())
    miss = asyncio.create_task(page("about"))
    print("after create_task(miss): done =", miss.done())
    print("first await")
    print(await hit, await miss)


asyncio.run(main())
