# Listing 5.6, from manuscript/ru/05-asyncio-module.md:431
import asyncio


async def download(mirror: str, delay: float) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{mirror}: загрузка отменена")
        raise
    return f"файл с зеркала {mirror}"


async def main() -> None:
    mirrors = {"eu": 0.4, "us": 0.1, "asia": 0.3}
    tasks = [asyncio.create_task(download(name, delay)) for name, delay in mirrors.items()]

    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("завершено:", len(done), "ожидают:", len(pending))
    for task in done:
        print("победитель:", task.result())

    # wait() сам ничего не отменяет: проигравшие всё ещё работают.
    for task in tasks:
        if task in pending:
            task.cancel()
    await asyncio.wait(pending)  # даём отменам вступить в силу
    print("проигравшие отменены:", all(task.cancelled() for task in pending))


asyncio.run(main())
