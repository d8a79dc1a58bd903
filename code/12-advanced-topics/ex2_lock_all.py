# Listing 12.17, from manuscript/en/12-advanced-topics.md:2027
import asyncio
from contextlib import AsyncExitStack

accounts = {"alice": 100, "bob": 50, "carol": 10}
locks = {name: asyncio.Lock() for name in accounts}


async def transfer(source: str, target: str, amount: int) -> None:
    async with AsyncExitStack() as stack:
        for name in sorted({source, target}):  # one global order: no deadlock
            await stack.enter_async_context(locks[name])
            print(f"  {source}->{target}: locked {name}")
            await asyncio.sleep(0.01)  # give the other transfer a chance to interleave
        accounts[source] -= amount
        accounts[target] += amount
        print(f"  {source}->{target}: moved {amount}")
    print(f"  {source}->{target}: all locks released")


async def main() -> None:
    async with asyncio.timeout(1):  # a deadlock would show up as TimeoutError
        async with asyncio.TaskGroup() as tg:
            tg.create_task(transfer("alice", "bob", 30))
            tg.create_task(transfer("bob", "alice", 20))
    print("balances:", accounts)


asyncio.run(main())
