# Listing 4.6, from manuscript/en/04-async-await.md:482
import asyncio


async def fetch_config() -> dict[str, str]:
    await asyncio.sleep(0.01)
    return {"mode": "fast"}


def load_config() -> dict[str, str]:
    """A synchronous helper that hides an asynchronous implementation."""
    return asyncio.run(fetch_config())


async def main() -> None:
    print("from a coroutine:", load_config())


print("from synchronous code:", load_config())
asyncio.run(main())
