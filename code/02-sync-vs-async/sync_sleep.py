# Listing 2.1, from manuscript/en/02-sync-vs-async.md:56
import time


def fetch(name: str, delay: float) -> str:
    print(f"start {name}")
    time.sleep(delay)  # stands in for waiting on a network reply
    print(f"end   {name}")
    return f"{name} data"


def main() -> None:
    start = time.perf_counter()
    results = [fetch("alpha", 0.3), fetch("beta", 0.1), fetch("gamma", 0.2)]
    elapsed = time.perf_counter() - start
    print(results)
    print(f"elapsed: {elapsed:.2f} s")
    print("at least the sum of the waits (0.6 s):", elapsed >= 0.6)


main()
