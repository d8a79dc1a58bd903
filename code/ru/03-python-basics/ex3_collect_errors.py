# Listing 3.20, from manuscript/ru/03-python-basics.md:1499
from concurrent.futures import ThreadPoolExecutor, as_completed


def task(n: int) -> int:
    if n % 2:
        raise ValueError(f"нечётный аргумент {n}")
    return n * 10


successes: list[int] = []
errors: list[str] = []
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(task, n) for n in range(1, 7)]
    for future in as_completed(futures):
        try:
            successes.append(future.result())
        except ValueError as exc:
            errors.append(str(exc))

print("успехи:", sorted(successes))
print("ошибки:", sorted(errors))
