# Listing 7.13, from manuscript/en/07-libraries-frameworks.md:1330
import warnings

import anyio
import sniffio

# anyio 3.6 uses an API that trio 0.22 deprecates; silence only that warning.
warnings.filterwarnings("ignore", message="trio.MultiError is deprecated")


async def worker(name: str, delay: float, results: list[str]) -> None:
    await anyio.sleep(delay)
    results.append(name)


async def main() -> None:
    library = sniffio.current_async_library()
    results: list[str] = []
    async with anyio.create_task_group() as tg:  # like asyncio.TaskGroup
        tg.start_soon(worker, "slow", 0.2, results)
        tg.start_soon(worker, "fast", 0.1, results)
    print(f"{library:7} finished in order: {results}")

    with anyio.move_on_after(0.1) as scope:  # a cancel scope with a deadline
        await anyio.sleep(0.5)
    print(f"{library:7} sleep cancelled by deadline: {scope.cancel_called}")

    try:
        with anyio.fail_after(0.1):
            await anyio.sleep(0.5)
    except TimeoutError:
        print(f"{library:7} fail_after raised TimeoutError")


for backend in ["asyncio", "trio"]:
    anyio.run(main, backend=backend)
