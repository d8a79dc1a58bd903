# Listing 5.13, from manuscript/ru/05-asyncio-module.md:1059
import asyncio


class Account:
    def __init__(self) -> None:
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount: int) -> None:
        current = self.balance
        await asyncio.sleep(0.01)  # например, сначала пишем запись в журнал аудита
        self.balance = current + amount

    async def deposit_safe(self, amount: int) -> None:
        async with self.lock:  # сюда входит только одна корутина за раз
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount


async def main() -> None:
    account = Account()
    async with asyncio.TaskGroup() as tg:
        for _ in range(10):
            tg.create_task(account.deposit_unsafe(100))
    print("без блокировки:", account.balance)

    account = Account()
    async with asyncio.TaskGroup() as tg:
        for _ in range(10):
            tg.create_task(account.deposit_safe(100))
    print("с блокировкой: ", account.balance)


asyncio.run(main())
