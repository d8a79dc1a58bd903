# Listing 2.1, from manuscript/ru/02-sync-vs-async.md:52
import time


def fetch(name: str, delay: float) -> str:
    print(f"старт {name}")
    time.sleep(delay)  # изображает ожидание ответа по сети
    print(f"финиш {name}")
    return f"{name} data"


def main() -> None:
    start = time.perf_counter()
    results = [fetch("alpha", 0.3), fetch("beta", 0.1), fetch("gamma", 0.2)]
    elapsed = time.perf_counter() - start
    print(results)
    print(f"прошло: {elapsed:.2f} с")
    print("не меньше суммы ожиданий (0.6 с):", elapsed >= 0.6)


main()
