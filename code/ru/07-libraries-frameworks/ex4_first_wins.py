# Listing 7.18, from manuscript/ru/07-libraries-frameworks.md:1820
import warnings

import anyio
import sniffio
from anyio.abc import TaskGroup

warnings.filterwarnings("ignore", message="trio.MultiError is deprecated")


async def first_wins(delays: dict[str, float]) -> str:
    winner: list[str] = []

    async def replica(name: str, delay: float, tg: TaskGroup) -> None:
        await anyio.sleep(delay)  # изображаем запрос к реплике
        winner.append(name)
        tg.cancel_scope.cancel()  # остальные больше не нужны

    async with anyio.create_task_group() as tg:
        for name, delay in delays.items():
            tg.start_soon(replica, name, delay, tg)
    return winner[0]


async def main() -> None:
    with anyio.fail_after(1):
        name = await first_wins({"eu": 0.3, "us": 0.1, "asia": 0.4})
    print(f"{sniffio.current_async_library()}: быстрее всех ответила реплика {name}")


for backend in ["asyncio", "trio"]:
    anyio.run(main, backend=backend)
