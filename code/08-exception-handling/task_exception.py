# Listing 8.1, from manuscript/en/08-exception-handling.md:70
import asyncio


async def parse_port(text: str) -> int:
    await asyncio.sleep(0.01)  # pretend to read the text from somewhere
    return int(text)


async def main() -> None:
    task = asyncio.create_task(parse_port("80a"))
    try:
        task.exception()
    except asyncio.InvalidStateError as exc:
        print("too early:", exc)

    await asyncio.sleep(0.1)  # the task fails while we are busy here
    print("task done:", task.done())
    print("stored:", repr(task.exception()))

    try:
        await task
    except ValueError as exc:
        print("await re-raised:", exc)
        print("same object:", exc is task.exception())


asyncio.run(main())
