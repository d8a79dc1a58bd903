# Listing 5.7, from manuscript/ru/05-asyncio-module.md:484
import asyncio
import time


async def check_host(host: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return f"{host} отвечает"


async def main() -> None:
    start = time.perf_counter()
    checks = [
        check_host("db", 0.3),
        check_host("cache", 0.1),
        check_host("queue", 0.2),
    ]
    for next_result in asyncio.as_completed(checks):
        message = await next_result
        elapsed = time.perf_counter() - start
        print(f"{message:<14} (через {elapsed:.1f} с)")


asyncio.run(main())
