# Listing 8.16, from manuscript/en/08-exception-handling.md:1601
import asyncio


async def fail_with(exc: Exception) -> None:
    await asyncio.sleep(0)
    raise exc


async def run_jobs() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_with(ConnectionError("db: connection reset")))
            tg.create_task(fail_with(TimeoutError("cache: no answer")))
            tg.create_task(fail_with(ValueError("bad record 17")))
    except* OSError as group:
        print(f"network problems ({len(group.exceptions)}):")
        for exc in group.exceptions:
            print(f"  {type(exc).__name__}: {exc}")


async def main() -> None:
    try:
        await run_jobs()
    except ExceptionGroup as group:
        print("caller received:", repr(group))


asyncio.run(main())
