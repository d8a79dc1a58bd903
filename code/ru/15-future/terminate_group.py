# Listing 15.8, from manuscript/ru/15-future.md:616
import asyncio


class Done(Exception):
    """Задача выбрасывает его, чтобы досрочно завершить всю группу."""


async def ask(mirror: str, delay: float, outcome: dict[str, str]) -> None:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        outcome[mirror] = "отменено"
        raise
    outcome[mirror] = "ответило первым"
    raise Done  # первого ответа достаточно


async def main() -> None:
    outcome: dict[str, str] = {}
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ask("eu", 0.2, outcome))
            tg.create_task(ask("us", 0.1, outcome))
            tg.create_task(ask("asia", 0.3, outcome))
    except* Done:
        print("группа завершилась досрочно")
    for mirror in sorted(outcome):
        print(f"  {mirror}: {outcome[mirror]}")


asyncio.run(main())
