# Listing 8.1, from manuscript/ru/08-exception-handling.md:72
import asyncio


async def parse_port(text: str) -> int:
    await asyncio.sleep(0.01)  # делаем вид, что откуда-то читаем текст
    return int(text)


async def main() -> None:
    task = asyncio.create_task(parse_port("80a"))
    try:
        task.exception()
    except asyncio.InvalidStateError as exc:
        print("слишком рано:", exc)

    await asyncio.sleep(0.1)  # задача падает, пока мы заняты здесь
    print("задача завершена:", task.done())
    print("сохранено:", repr(task.exception()))

    try:
        await task
    except ValueError as exc:
        print("await выбросил снова:", exc)
        print("тот же объект:", exc is task.exception())


asyncio.run(main())
