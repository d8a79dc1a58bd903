# Listing 3.6, from manuscript/en/03-python-basics.md:472
import threading
import time

counter = 0
lock = threading.Lock()


def increment() -> None:
    global counter
    with lock:
        value = counter
        time.sleep(0.01)  # another thread would surely run here
        counter = value + 1


threads = [threading.Thread(target=increment) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("expected 4, got", counter)
