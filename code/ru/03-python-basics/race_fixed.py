# Listing 3.6, from manuscript/ru/03-python-basics.md:502
import threading
import time

counter = 0
lock = threading.Lock()


def increment() -> None:
    global counter
    with lock:
        value = counter
        time.sleep(0.01)  # здесь наверняка выполнился бы другой поток
        counter = value + 1


threads = [threading.Thread(target=increment) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("ожидалось 4, получилось", counter)
