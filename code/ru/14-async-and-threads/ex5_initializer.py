# Listing 14.18, from manuscript/ru/14-async-and-threads.md:1953
import asyncio
import os
from concurrent.futures import ProcessPoolExecutor

MODEL: dict[str, int] = {}
load_count = 0


def load_model() -> None:
    global load_count
    load_count += 1
    MODEL["bias"] = 100  # представьте, что здесь читается большой файл


def predict(x: int) -> tuple[int, int, int]:
    return os.getpid(), load_count, x + MODEL["bias"]


async def main() -> None:
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2, initializer=load_model) as pool:
        answers = await asyncio.gather(
            *(loop.run_in_executor(pool, predict, x) for x in range(8))
        )
    print("предсказания:", [value for _, _, value in answers])
    print("загрузки, которые видели задания:", sorted({loads for _, loads, _ in answers}))
    print("не больше двух рабочих процессов:", len({pid for pid, _, _ in answers}) <= 2)
    print("модель загружена в этом процессе:", load_count)


if __name__ == "__main__":
    asyncio.run(main())
