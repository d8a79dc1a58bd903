# Listing 3.5, from manuscript/ru/03-python-basics.md:442
import threading

counter = 0


def increment(barrier: threading.Barrier) -> None:
    global counter
    value = counter  # 1. чтение
    barrier.wait()  # 2. теперь все потоки прочитали одно и то же значение
    counter = value + 1  # 3. запись, затирающая записи остальных


barrier = threading.Barrier(4)
threads = [threading.Thread(target=increment, args=(barrier,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("ожидалось 4, получилось", counter)
