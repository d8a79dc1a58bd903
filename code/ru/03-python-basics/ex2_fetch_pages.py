# Listing 3.19, from manuscript/ru/03-python-basics.md:1469
import time
from concurrent.futures import ThreadPoolExecutor


def fetch(url: str) -> int:
    time.sleep(0.1)  # делаем вид, что ждём сеть
    return len(url)


urls = [f"https://example.com/page/{i}" for i in range(10)]
start = time.perf_counter()
with ThreadPoolExecutor(max_workers=5) as pool:
    sizes = list(pool.map(fetch, urls))
elapsed = time.perf_counter() - start

print(sizes)
print("намного меньше 1 с последовательного запуска:", elapsed < 0.6)
