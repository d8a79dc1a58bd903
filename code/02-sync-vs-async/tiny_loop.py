# Listing 2.6, from manuscript/en/02-sync-vs-async.md:550
import heapq
import time
from collections import deque
from collections.abc import Generator

# A task is a generator that yields how many seconds it wants to sleep.
Task = Generator[float, None, None]


class TinyLoop:
    def __init__(self) -> None:
        self.ready: deque[Task] = deque()
        self.sleeping: list[tuple[float, int, Task]] = []  # a heap
        self.counter = 0  # tie-breaker, so heapq never compares generators

    def spawn(self, task: Task) -> None:
        self.ready.append(task)

    def run(self) -> None:
        while self.ready or self.sleeping:
            if not self.ready:
                # Nothing can run until the earliest sleeper wakes up.
                wake_at = self.sleeping[0][0]
                time.sleep(max(0.0, wake_at - time.monotonic()))
            now = time.monotonic()
            while self.sleeping and self.sleeping[0][0] <= now:
                self.ready.append(heapq.heappop(self.sleeping)[2])
            for _ in range(len(self.ready)):  # only the tasks ready now
                task = self.ready.popleft()
                try:
                    delay = next(task)  # resume the task until its next yield
                except StopIteration:
                    continue  # the task has finished
                self.counter += 1
                wake_at = time.monotonic() + delay
                heapq.heappush(self.sleeping, (wake_at, self.counter, task))


def countdown(name: str, count: int, pause: float) -> Task:
    while count > 0:
        print(f"{name}: {count}")
        yield pause  # "sleep for pause seconds, run the others meanwhile"
        count -= 1
    print(f"{name}: liftoff")


def main() -> None:
    loop = TinyLoop()
    loop.spawn(countdown("A", 2, 0.2))
    loop.spawn(countdown("B", 2, 0.3))
    start = time.perf_counter()
    loop.run()
    elapsed = time.perf_counter() - start
    print("finished before the sum of all pauses (1.0 s):", elapsed < 0.9)


main()
