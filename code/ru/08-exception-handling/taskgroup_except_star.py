# Listing 8.8, from manuscript/ru/08-exception-handling.md:703
import asyncio

AGES = {"ada": 36, "alan": 41}


async def load_age(user: str) -> int:
    age = AGES[user]  # KeyError для неизвестных пользователей
    await asyncio.sleep(0.1)
    return age


async def parse_score(raw: str) -> int:
    score = int(raw)  # ValueError для некорректного ввода
    await asyncio.sleep(0.1)
    return score


async def build_report() -> None:
    try:
        await asyncio.sleep(0.3)
    finally:
        print("build_report: ресурсы освобождены")


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(build_report())
            tg.create_task(load_age("grace"))
            tg.create_task(parse_score("ten"))
            tg.create_task(parse_score("eleven"))
    except* KeyError as group:
        for exc in group.exceptions:
            print("неизвестный пользователь:", exc)
    except* ValueError as group:
        print(f"неверных оценок: {len(group.exceptions)}")
        for exc in group.exceptions:
            print("   ", exc)
    print("main: работаем дальше")


asyncio.run(main())
