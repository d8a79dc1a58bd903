# Listing 2.16, from manuscript/ru/02-sync-vs-async.md:1573
import heapq
import time
from collections import deque
from collections.abc import Generator

Task = Generator[float, None, str]


class TinyLoop:
    def __init__(self) -> None:
        self.ready: deque[tuple[str, Task]] = deque()
        self.sleeping: list[tuple[float, int, str, Task]] = []
        self.counter = 0
        self.results: dict[str, str] = {}

    def spawn(self, name: str, task: Task) -> None:
        self.ready.append((name, task))

    def run(self) -> dict[str, str]:
        while self.ready or self.sleeping:
            if not self.ready:
                wake_at = self.sleeping[0][0]
                time.sleep(max(0.0, wake_at - time.monotonic()))
            now = time.monotonic()
            while self.sleeping and self.sleeping[0][0] <= now:
                _, _, name, task = heapq.heappop(self.sleeping)
                self.ready.append((name, task))
            for _ in range(len(self.ready)):
                name, task = self.ready.popleft()
                try:
                    delay = next(task)
                except StopIteration as finished:
                    self.results[name] = finished.value
                    continue
                self.counter += 1
                wake_at = time.monotonic() + delay
                heapq.heappush(self.sleeping, (wake_at, self.counter, name, task))
        return self.results


def countdown(count: int, pause: float) -> Task:
    steps = 0
    while count > 0:
        yield pause
        count -= 1
        steps += 1
    return f"пуск после {steps} шагов"


def main() -> None:
    loop = TinyLoop()
    loop.spawn("A", countdown(2, 0.1))
    loop.spawn("B", countdown(3, 0.05))
    results = loop.run()
    for name in sorted(results):
        print(name, "->", results[name])


main()
