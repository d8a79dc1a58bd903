# Listing 3.12, from manuscript/ru/03-python-basics.md:885
import time
from concurrent.futures import Future, ThreadPoolExecutor


def slow_square(x: int) -> int:
    time.sleep(0.1)
    if x < 0:
        raise ValueError(f"отрицательный аргумент: {x}")
    return x * x


with ThreadPoolExecutor(max_workers=2) as pool:
    future: Future[int] = pool.submit(slow_square, 4)
    print("готово сразу после submit:", future.done())
    print("результат:", future.result())
    print("готово теперь:", future.done())

    bad = pool.submit(slow_square, -1)
    print("сохранённое исключение:", repr(bad.exception()))
    try:
        bad.result()
    except ValueError as exc:
        print("result() выбросил его снова:", exc)

    print("map:", list(pool.map(slow_square, [1, 2, 3])))
