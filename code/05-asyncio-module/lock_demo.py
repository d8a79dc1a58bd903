# Listing 5.13, from manuscript/en/05-asyncio-module.md:1170
import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount: int) -> None:
        current = self.balance
        await asyncio.sleep(0.01)  # e.g. write an audit record first
        self.balance = current + amount

    async def deposit_safe(self, amount: int) -> None:
        async with self.lock:  # one coroutine at a time in here
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount


async def main() -> None:
    account = Account()
    async with asyncio.TaskGroup() as tg:
        for _ in range(10):
            tg.create_task(account.deposit_unsafe(100))
    print("without a lock:", account.balance)

    account = Account()
    async with asyncio.TaskGroup() as tg:
        for _ in range(10):
            tg.create_task(account.deposit_safe(100))
    print("with a lock:   ", account.balance)


asyncio.run(main())
