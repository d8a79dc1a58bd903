# Listing 8.16, from manuscript/ru/08-exception-handling.md:1624
import asyncio


async def fail_with(exc: Exception) -> None:
    await asyncio.sleep(0)
    raise exc


async def run_jobs() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_with(ConnectionError("db: соединение сброшено")))
            tg.create_task(fail_with(TimeoutError("cache: нет ответа")))
            tg.create_task(fail_with(ValueError("испорченная запись 17")))
    except* OSError as group:
        print(f"сетевые проблемы ({len(group.exceptions)}):")
        for exc in group.exceptions:
            print(f"  {type(exc).__name__}: {exc}")


async def main() -> None:
    try:
        await run_jobs()
    except ExceptionGroup as group:
        print("вызывающий код получил:", repr(group))


asyncio.run(main())
