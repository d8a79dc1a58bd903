# Listing 15.5, from manuscript/ru/15-future.md:354
import asyncio
import time

async def fetch(key: int) -> str:
    await asyncio.sleep(0.01)  # медленный путь: настоящее ожидание
    return f"value-{key}"


class Cache:
    def __init__(self) -> None:
        self.data: dict[int, str] = {}
        self.tasks_created = 0

    async def get(self, key: int) -> str:
        if key in self.data:
            return self.data[key]
        value = await fetch(key)
        self.data[key] = value
        return value

    def start_lazy(self, key: int) -> asyncio.Future[str]:
        """Всегда задача, даже при попадании (так делает create_task в 3.11)."""
        self.tasks_created += 1
        return asyncio.create_task(self.get(key))

    def start_fast(self, key: int) -> asyncio.Future[str]:
        """На попадание отвечаем сразу; задачей становится только промах."""
        if key in self.data:
            future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
            future.set_result(self.data[key])
            return future
        self.tasks_created += 1
        return asyncio.create_task(self.get(key))


async def run(label: str, fast: bool) -> None:
    cache = Cache()
    cache.data = {key: f"value-{key}" for key in range(9_000)}  # 90% попаданий
    start = time.perf_counter()
    starter = cache.start_fast if fast else cache.start_lazy
    futures = [starter(key) for key in range(10_000)]
    results = await asyncio.gather(*futures)
    elapsed = time.perf_counter() - start
    print(f"{label}: результатов {len(results)}, задач {cache.tasks_created}, {elapsed:.3f} с")


async def main() -> None:
    await run("lazy", fast=False)
    await run("fast", fast=True)


asyncio.run(main())
