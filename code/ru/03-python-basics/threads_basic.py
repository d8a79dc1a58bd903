# Listing 3.4, from manuscript/ru/03-python-basics.md:374
import threading
import time

results: dict[str, int] = {}


def download(name: str, delay: float) -> None:
    time.sleep(delay)  # изображает ожидание ответа из сети
    results[name] = len(name) * 100


start = time.perf_counter()
threads = [
    threading.Thread(target=download, args=(name, 0.2), name=f"dl-{name}")
    for name in ("alpha", "beta", "gamma")
]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start

for name in sorted(results):
    print(name, results[name])
print(f"заняло {elapsed:.2f} с")
print("быстрее, чем по очереди (0.6 с):", elapsed < 0.6)
