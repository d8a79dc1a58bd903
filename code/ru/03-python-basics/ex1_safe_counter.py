# Listing 3.18, from manuscript/ru/03-python-basics.md:1417
import threading


class SafeCounter:
    def __init__(self) -> None:
        self._value = 0
        self._lock = threading.Lock()

    def increment(self) -> None:
        with self._lock:
            self._value += 1

    @property
    def value(self) -> int:
        with self._lock:
            return self._value


def work(counter: SafeCounter, times: int) -> None:
    for _ in range(times):
        counter.increment()


counter = SafeCounter()
threads = [threading.Thread(target=work, args=(counter, 10_000)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("итог:", counter.value)
print("верно:", counter.value == 40_000)
