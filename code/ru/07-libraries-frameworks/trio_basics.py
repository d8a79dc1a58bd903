# Listing 7.12, from manuscript/ru/07-libraries-frameworks.md:1299
# pyright: reportMissingTypeStubs=false, reportUnknownMemberType=false
import trio


async def child(name: str, delay: float) -> None:
    await trio.sleep(delay)
    print(name, "завершилась")


async def main() -> None:
    async with trio.open_nursery() as nursery:  # ни одна задача не переживёт этот блок
        nursery.start_soon(child, "медленная", 0.2)
        nursery.start_soon(child, "быстрая", 0.1)
    print("обе дочерние задачи завершились")

    with trio.move_on_after(0.1):  # область отмены с крайним сроком
        await trio.sleep(0.5)
    print("сдались через 0.1 с")


trio.run(main)
