# Listing 5.17, from manuscript/ru/05-asyncio-module.md:1331
import asyncio
import time

# Крошечный имитированный сайт: у каждой страницы есть список страниц, на которые она ссылается.
SITE: dict[str, list[str]] = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/team": ["/about"],
    "/blog": ["/blog/1", "/blog/2", "/blog/3", "/about"],
    "/blog/1": ["/blog", "/blog/2"],
    "/blog/2": ["/blog", "/blog/old"],
    "/blog/3": ["/blog", "/slow"],
    "/shop": ["/shop/cart", "/shop/item-1", "/shop/item-2"],
    "/shop/cart": [],
    "/shop/item-1": ["/shop/cart"],
    "/shop/item-2": ["/shop/cart", "/shop/item-1"],
    "/slow": [],
}


async def fetch(path: str) -> list[str]:
    """Делает вид, что загружает страницу, и возвращает её ссылки."""
    await asyncio.sleep(0.5 if path == "/slow" else 0.1)
    if path not in SITE:
        raise LookupError(f"404 Not Found: {path}")
    return SITE[path]


class Crawler:
    def __init__(self, max_concurrency: int, timeout: float) -> None:
        self.semaphore = asyncio.Semaphore(max_concurrency)
        self.timeout = timeout
        self.seen: set[str] = set()
        self.report: dict[str, str] = {}
        self.in_flight = 0
        self.peak = 0

    async def crawl(self, start: str) -> None:
        async with asyncio.TaskGroup() as tg:
            self.schedule(tg, start)

    def schedule(self, tg: asyncio.TaskGroup, path: str) -> None:
        if path not in self.seen:  # между проверкой и добавлением нет await: нет и гонки
            self.seen.add(path)
            tg.create_task(self.visit(tg, path))

    async def visit(self, tg: asyncio.TaskGroup, path: str) -> None:
        async with self.semaphore:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            try:
                async with asyncio.timeout(self.timeout):
                    links = await fetch(path)
            except LookupError as exc:
                self.report[path] = str(exc)
                return
            except TimeoutError:
                self.report[path] = "тайм-аут"
                return
            finally:
                self.in_flight -= 1
        self.report[path] = f"{len(links)} исходящ{'ий' if len(links) == 1 else 'их'} URL"
        for link in links:
            self.schedule(tg, link)


async def main() -> None:
    crawler = Crawler(max_concurrency=3, timeout=0.4)
    start = time.perf_counter()
    await crawler.crawl("/")
    elapsed = time.perf_counter() - start
    for path in sorted(crawler.report):
        print(f"{path:<14} {crawler.report[path]}")
    print("посещено страниц:", len(crawler.report))
    print("наибольшее число одновременных загрузок:", crawler.peak)
    print("быстрее, чем по одной загрузке за раз (1.6 с):", elapsed < 1.2)


asyncio.run(main())
