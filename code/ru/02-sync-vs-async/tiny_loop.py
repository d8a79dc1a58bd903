# Listing 2.6, from manuscript/ru/02-sync-vs-async.md:526
import heapq
import time
from collections import deque
from collections.abc import Generator

# Задача — это генератор, который выдаёт, сколько секунд он хочет спать.
Task = Generator[float, None, None]


class TinyLoop:
    def __init__(self) -> None:
        self.ready: deque[Task] = deque()
        self.sleeping: list[tuple[float, int, Task]] = []  # куча
        self.counter = 0  # на случай равных сроков, чтобы heapq никогда не сравнивал генераторы

    def spawn(self, task: Task) -> None:
        self.ready.append(task)

    def run(self) -> None:
        while self.ready or self.sleeping:
            if not self.ready:
                # Ничто не может выполняться, пока не проснётся самый ранний спящий.
                wake_at = self.sleeping[0][0]
                time.sleep(max(0.0, wake_at - time.monotonic()))
            now = time.monotonic()
            while self.sleeping and self.sleeping[0][0] <= now:
                self.ready.append(heapq.heappop(self.sleeping)[2])
            for _ in range(len(self.ready)):  # только задачи, готовые сейчас
                task = self.ready.popleft()
                try:
                    delay = next(task)  # возобновить задачу до её следующего yield
                except StopIteration:
                    continue  # задача завершилась
                self.counter += 1
                wake_at = time.monotonic() + delay
                heapq.heappush(self.sleeping, (wake_at, self.counter, task))


def countdown(name: str, count: int, pause: float) -> Task:
    while count > 0:
        print(f"{name}: {count}")
        yield pause  # «поспать pause секунд, а пока пусть работают другие»
        count -= 1
    print(f"{name}: пуск!")


def main() -> None:
    loop = TinyLoop()
    loop.spawn(countdown("A", 2, 0.2))
    loop.spawn(countdown("B", 2, 0.3))
    start = time.perf_counter()
    loop.run()
    elapsed = time.perf_counter() - start
    print("закончили раньше, чем прошла сумма всех пауз (1.0 с):", elapsed < 0.9)


main()
