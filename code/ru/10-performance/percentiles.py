# Listing 10.5, from manuscript/ru/10-performance.md:430
import random
import statistics

rng = random.Random(2024)
# 1000 задержек запросов в миллисекундах: обычно около 20 мс, но каждый
# пятидесятый запрос попадает на холодный кеш и занимает от 200 до 400 мс.
latencies = [
    rng.uniform(200, 400) if rng.random() < 0.02 else rng.gauss(20, 4)
    for _ in range(1000)
]

cuts = statistics.quantiles(latencies, n=100)
print(f"среднее {statistics.fmean(latencies):6.1f} мс")
print(f"p50     {cuts[49]:6.1f} мс")
print(f"p95     {cuts[94]:6.1f} мс")
print(f"p99     {cuts[98]:6.1f} мс")
print(f"макс.   {max(latencies):6.1f} мс")

# Страница, которой нужны десять таких запросов, медленна, как самый медленный из них.
slow_pages = sum(
    max(rng.choice(latencies) for _ in range(10)) > 100 for _ in range(1000)
)
print(f"страниц с запросом дольше 100 мс: {slow_pages / 10:.1f} %")
