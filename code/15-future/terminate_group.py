# Listing 15.8, from manuscript/en/15-future.md:598
import asyncio


class Done(Exception):
    """Raised by a task to end its whole group early."""


async def ask(mirror: str, delay: float, outcome: dict[str, str]) -> None:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        outcome[mirror] = "cancelled"
        raise
    outcome[mirror] = "answered first"
    raise Done  # the first answer is all we need


async def main() -> None:
    outcome: dict[str, str] = {}
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ask("eu", 0.2, outcome))
            tg.create_task(ask("us", 0.1, outcome))
            tg.create_task(ask("asia", 0.3, outcome))
    except* Done:
        print("the group ended early")
    for mirror in sorted(outcome):
        print(f"  {mirror}: {outcome[mirror]}")


asyncio.run(main())
