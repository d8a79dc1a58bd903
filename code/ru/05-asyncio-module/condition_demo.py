# Listing 5.15, from manuscript/ru/05-asyncio-module.md:1174
import asyncio


class Oven:
    """Пекари добавляют буханки; покупатели ждут, пока их не станет достаточно."""

    def __init__(self) -> None:
        self.loaves = 0
        self.changed = asyncio.Condition()

    async def bake(self, count: int) -> None:
        for _ in range(count):
            await asyncio.sleep(0.1)
            async with self.changed:
                self.loaves += 1
                print(f"печь: буханок на полке: {self.loaves}")
                self.changed.notify_all()  # пусть каждый ожидающий проверит снова

    async def buy(self, customer: str, wanted: int) -> None:
        async with self.changed:
            await self.changed.wait_for(lambda: self.loaves >= wanted)
            self.loaves -= wanted
            print(f"{customer}: куплено {wanted}, осталось {self.loaves}")


async def main() -> None:
    oven = Oven()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(oven.buy("большой заказ", 3))
        tg.create_task(oven.buy("малый заказ", 1))
        tg.create_task(oven.bake(4))


asyncio.run(main())
