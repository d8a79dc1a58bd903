# Listing 3.11, from manuscript/ru/03-python-basics.md:807
import multiprocessing as mp


def sum_of_squares(n: int) -> int:
    return sum(i * i for i in range(n))


def power(base: int, exponent: int) -> int:
    return base**exponent


if __name__ == "__main__":
    with mp.Pool(processes=2) as pool:
        print(pool.map(sum_of_squares, [10, 100, 1_000, 10_000]))
        print(pool.starmap(power, [(2, 10), (3, 4), (10, 3)]))
        pending = pool.apply_async(sum_of_squares, (1_000_000,))
        print("асинхронный результат:", pending.get(timeout=5))
