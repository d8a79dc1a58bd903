# Listing 7.13, from manuscript/ru/07-libraries-frameworks.md:1364
import warnings

import anyio
import sniffio

# anyio 3.6 использует API, устаревший в trio 0.22; глушим только это предупреждение.
warnings.filterwarnings("ignore", message="trio.MultiError is deprecated")


async def worker(name: str, delay: float, results: list[str]) -> None:
    await anyio.sleep(delay)
    results.append(name)


async def main() -> None:
    library = sniffio.current_async_library()
    results: list[str] = []
    async with anyio.create_task_group() as tg:  # как asyncio.TaskGroup
        tg.start_soon(worker, "медленная", 0.2, results)
        tg.start_soon(worker, "быстрая", 0.1, results)
    print(f"{library:7} порядок завершения: {results}")

    with anyio.move_on_after(0.1) as scope:  # область отмены с крайним сроком
        await anyio.sleep(0.5)
    print(f"{library:7} сон прерван по сроку: {scope.cancel_called}")

    try:
        with anyio.fail_after(0.1):
            await anyio.sleep(0.5)
    except TimeoutError:
        print(f"{library:7} fail_after выбросил TimeoutError")


for backend in ["asyncio", "trio"]:
    anyio.run(main, backend=backend)
