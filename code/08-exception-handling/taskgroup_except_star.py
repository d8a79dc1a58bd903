# Listing 8.8, from manuscript/en/08-exception-handling.md:694
import asyncio

AGES = {"ada": 36, "alan": 41}


async def load_age(user: str) -> int:
    age = AGES[user]  # KeyError for unknown users
    await asyncio.sleep(0.1)
    return age


async def parse_score(raw: str) -> int:
    score = int(raw)  # ValueError for malformed input
    await asyncio.sleep(0.1)
    return score


async def build_report() -> None:
    try:
        await asyncio.sleep(0.3)
    finally:
        print("build_report: cleaned up")


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(build_report())
            tg.create_task(load_age("grace"))
            tg.create_task(parse_score("ten"))
            tg.create_task(parse_score("eleven"))
    except* KeyError as group:
        for exc in group.exceptions:
            print("unknown user:", exc)
    except* ValueError as group:
        print(f"{len(group.exceptions)} bad scores:")
        for exc in group.exceptions:
            print("   ", exc)
    print("main: carrying on")


asyncio.run(main())
