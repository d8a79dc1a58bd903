# Listing 3.7, from manuscript/ru/03-python-basics.md:576
import queue
import threading


def worker(tasks: queue.Queue[int | None], done: queue.Queue[tuple[int, int]]) -> None:
    while True:
        item = tasks.get()  # ждёт элемента, не удерживая GIL
        if item is None:
            break
        done.put((item, item * item))


tasks: queue.Queue[int | None] = queue.Queue()
done: queue.Queue[tuple[int, int]] = queue.Queue()
workers = [threading.Thread(target=worker, args=(tasks, done)) for _ in range(3)]
for w in workers:
    w.start()

for n in range(6):
    tasks.put(n)
for _ in workers:
    tasks.put(None)  # по одному сигналу остановки на рабочий поток
for w in workers:
    w.join()

print(sorted(done.get() for _ in range(done.qsize())))
