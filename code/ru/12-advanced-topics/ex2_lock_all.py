# Listing 12.17, from manuscript/ru/12-advanced-topics.md:1826
import asyncio
from contextlib import AsyncExitStack

accounts = {"alice": 100, "bob": 50, "carol": 10}
locks = {name: asyncio.Lock() for name in accounts}


async def transfer(source: str, target: str, amount: int) -> None:
    async with AsyncExitStack() as stack:
        for name in sorted({source, target}):  # единый глобальный порядок: взаимоблокировки нет
            await stack.enter_async_context(locks[name])
            print(f"  {source}->{target}: заблокирован {name}")
            await asyncio.sleep(0.01)  # даём другому переводу шанс вклиниться
        accounts[source] -= amount
        accounts[target] += amount
        print(f"  {source}->{target}: переведено {amount}")
    print(f"  {source}->{target}: все блокировки освобождены")


async def main() -> None:
    async with asyncio.timeout(1):  # взаимоблокировка проявилась бы как TimeoutError
        async with asyncio.TaskGroup() as tg:
            tg.create_task(transfer("alice", "bob", 30))
            tg.create_task(transfer("bob", "alice", 20))
    print("балансы:", accounts)


asyncio.run(main())
