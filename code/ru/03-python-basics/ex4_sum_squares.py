# Listing 3.21, from manuscript/ru/03-python-basics.md:1533
from concurrent.futures import ProcessPoolExecutor


def partial_sum(bounds: tuple[int, int]) -> int:
    low, high = bounds
    return sum(i * i for i in range(low, high))


if __name__ == "__main__":
    n = 1_000_000
    step = n // 4
    chunks = [(k * step, (k + 1) * step) for k in range(4)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        total = sum(pool.map(partial_sum, chunks))
    print("итог:", total)
    print("совпадает с формулой:", total == (n - 1) * n * (2 * n - 1) // 6)
