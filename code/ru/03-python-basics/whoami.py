# Listing 3.1, from manuscript/ru/03-python-basics.md:88
import os
import threading

seen: dict[str, tuple[int, int]] = {}


def report(label: str) -> None:
    seen[label] = (os.getpid(), threading.get_ident())
    print(f"{label}: выполняется в потоке {threading.current_thread().name}")


report("main")
worker = threading.Thread(target=report, args=("worker",), name="worker-1")
worker.start()
worker.join()

print("живых потоков после join:", threading.active_count())
print("тот же процесс:", seen["main"][0] == seen["worker"][0])
print("разные потоки:", seen["main"][1] != seen["worker"][1])
print("идентификатор процесса:", os.getpid())
