# Listing 3.1, from manuscript/en/03-python-basics.md:79
import os
import threading

seen: dict[str, tuple[int, int]] = {}


def report(label: str) -> None:
    seen[label] = (os.getpid(), threading.get_ident())
    print(f"{label}: running in {threading.current_thread().name}")


report("main")
worker = threading.Thread(target=report, args=("worker",), name="worker-1")
worker.start()
worker.join()

print("threads alive after join:", threading.active_count())
print("same process:", seen["main"][0] == seen["worker"][0])
print("different threads:", seen["main"][1] != seen["worker"][1])
print("process id:", os.getpid())
