# Listing 4.6, from manuscript/ru/04-async-await.md:435
import asyncio


async def fetch_config() -> dict[str, str]:
    await asyncio.sleep(0.01)
    return {"mode": "fast"}


def load_config() -> dict[str, str]:
    """Синхронная вспомогательная функция, скрывающая асинхронную реализацию."""
    return asyncio.run(fetch_config())


async def main() -> None:
    print("из корутины:", load_config())


print("из синхронного кода:", load_config())
asyncio.run(main())
