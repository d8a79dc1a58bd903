# Listing 3.5, from manuscript/en/03-python-basics.md:415
import threading

counter = 0


def increment(barrier: threading.Barrier) -> None:
    global counter
    value = counter  # 1. read
    barrier.wait()  # 2. every thread has now read the same value
    counter = value + 1  # 3. write, overwriting the others


barrier = threading.Barrier(4)
threads = [threading.Thread(target=increment, args=(barrier,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("expected 4, got", counter)
