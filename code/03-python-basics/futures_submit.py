# Listing 3.12, from manuscript/en/03-python-basics.md:831
import time
from concurrent.futures import Future, ThreadPoolExecutor


def slow_square(x: int) -> int:
    time.sleep(0.1)
    if x < 0:
        raise ValueError(f"negative input: {x}")
    return x * x


with ThreadPoolExecutor(max_workers=2) as pool:
    future: Future[int] = pool.submit(slow_square, 4)
    print("done right after submit:", future.done())
    print("result:", future.result())
    print("done now:", future.done())

    bad = pool.submit(slow_square, -1)
    print("stored exception:", repr(bad.exception()))
    try:
        bad.result()
    except ValueError as exc:
        print("result() re-raised:", exc)

    print("map:", list(pool.map(slow_square, [1, 2, 3])))
