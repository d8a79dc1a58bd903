# Listing 7.12, from manuscript/en/07-libraries-frameworks.md:1268
# pyright: reportMissingTypeStubs=false, reportUnknownMemberType=false
import trio


async def child(name: str, delay: float) -> None:
    await trio.sleep(delay)
    print(name, "done")


async def main() -> None:
    async with trio.open_nursery() as nursery:  # no task outlives this block
        nursery.start_soon(child, "slow", 0.2)
        nursery.start_soon(child, "fast", 0.1)
    print("both children finished")

    with trio.move_on_after(0.1):  # a cancel scope with a deadline
        await trio.sleep(0.5)
    print("gave up after 0.1 s")


trio.run(main)
