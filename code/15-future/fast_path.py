# Listing 15.5, from manuscript/en/15-future.md:340
import asyncio
import time

async def fetch(key: int) -> str:
    await asyncio.sleep(0.01)  # the slow path: a real wait
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
        """Always a task, even for a hit (what create_task does on 3.11)."""
        self.tasks_created += 1
        return asyncio.create_task(self.get(key))

    def start_fast(self, key: int) -> asyncio.Future[str]:
        """A hit is answered at once; only a miss becomes a task."""
        if key in self.data:
            future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
            future.set_result(self.data[key])
            return future
        self.tasks_created += 1
        return asyncio.create_task(self.get(key))


async def run(label: str, fast: bool) -> None:
    cache = Cache()
    cache.data = {key: f"value-{key}" for key in range(9_000)}  # 90% hits
    start = time.perf_counter()
    starter = cache.start_fast if fast else cache.start_lazy
    futures = [starter(key) for key in range(10_000)]
    results = await asyncio.gather(*futures)
    elapsed = time.perf_counter() - start
    print(f"{label}: {len(results)} results, {cache.tasks_created} tasks, {elapsed:.3f} s")


async def main() -> None:
    await run("lazy", fast=False)
    await run("fast", fast=True)


asyncio.run(main())
