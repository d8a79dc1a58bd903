# Listing 3.14, from manuscript/ru/03-python-basics.md:999
from concurrent.futures import ProcessPoolExecutor


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def count_primes(bounds: tuple[int, int]) -> int:
    low, high = bounds
    return sum(1 for n in range(low, high) if is_prime(n))


if __name__ == "__main__":
    ranges = [(0, 25_000), (25_000, 50_000), (50_000, 75_000), (75_000, 100_000)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        counts = list(pool.map(count_primes, ranges))
    print("по диапазонам:", counts)
    print("всего:", sum(counts))
    print("совпадает с подсчётом в одном процессе:", sum(counts) == count_primes((0, 100_000)))
