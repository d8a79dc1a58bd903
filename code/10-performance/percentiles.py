# Listing 10.5, from manuscript/en/10-performance.md:474
import random
import statistics

rng = random.Random(2024)
# 1,000 request latencies in milliseconds: usually about 20 ms, but one
# request in fifty hits a cold cache and takes 200 to 400 ms.
latencies = [
    rng.uniform(200, 400) if rng.random() < 0.02 else rng.gauss(20, 4)
    for _ in range(1000)
]

cuts = statistics.quantiles(latencies, n=100)
print(f"mean {statistics.fmean(latencies):6.1f} ms")
print(f"p50  {cuts[49]:6.1f} ms")
print(f"p95  {cuts[94]:6.1f} ms")
print(f"p99  {cuts[98]:6.1f} ms")
print(f"max  {max(latencies):6.1f} ms")

# A page that needs ten such requests is as slow as the slowest of them.
slow_pages = sum(
    max(rng.choice(latencies) for _ in range(10)) > 100 for _ in range(1000)
)
print(f"pages with a request over 100 ms: {slow_pages / 10:.1f} %")
