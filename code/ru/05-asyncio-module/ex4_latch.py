# Listing 5.21, from manuscript/ru/05-asyncio-module.md:1738
import asyncio


class CountdownLatch:
    def __init__(self, count: int) -> None:
        if count < 0:
            raise ValueError("count должен быть >= 0")
        self._count = count
        self._zero = asyncio.Event()
        if count == 0:
            self._zero.set()

    @property
    def count(self) -> int:
        return self._count

    def count_down(self) -> None:
        # Здесь нет await, поэтому другая корутина не может вклиниться: блокировка не нужна.
        if self._count > 0:
            self._count -= 1
            if self._count == 0:
                self._zero.set()

    async def wait(self) -> None:
        await self._zero.wait()


async def start_service(name: str, delay: float, latch: CountdownLatch) -> None:
    await asyncio.sleep(delay)
    print(f"{name}: готово")
    latch.count_down()


async def main() -> None:
    latch = CountdownLatch(3)
    async with asyncio.TaskGroup() as tg:
        for name, delay in [("database", 0.3), ("cache", 0.1), ("search", 0.2)]:
            tg.create_task(start_service(name, delay, latch))
        print("координатор: ждём, count =", latch.count)
        await latch.wait()
        print("координатор: все сервисы готовы, count =", latch.count)
        await latch.wait()  # счётчик уже на нуле: возвращается сразу
        print("координатор: повторный wait() не блокирует")


asyncio.run(main())
