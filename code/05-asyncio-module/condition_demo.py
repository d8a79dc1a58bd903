# Listing 5.15, from manuscript/en/05-asyncio-module.md:1293
import asyncio


class Oven:
    """Bakers add loaves; customers wait until enough loaves exist."""

    def __init__(self) -> None:
        self.loaves = 0
        self.changed = asyncio.Condition()

    async def bake(self, count: int) -> None:
        for _ in range(count):
            await asyncio.sleep(0.1)
            async with self.changed:
                self.loaves += 1
                print(f"oven: loaves on the shelf: {self.loaves}")
                self.changed.notify_all()  # let every waiter re-check

    async def buy(self, customer: str, wanted: int) -> None:
        async with self.changed:
            await self.changed.wait_for(lambda: self.loaves >= wanted)
            self.loaves -= wanted
            print(f"{customer}: bought {wanted}, {self.loaves} left")


async def main() -> None:
    oven = Oven()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(oven.buy("big order", 3))
        tg.create_task(oven.buy("small order", 1))
        tg.create_task(oven.bake(4))


asyncio.run(main())
