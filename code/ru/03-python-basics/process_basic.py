# Listing 3.8, from manuscript/ru/03-python-basics.md:629
import multiprocessing as mp
import os
from multiprocessing.queues import Queue

visits: list[str] = []


def visit(name: str, parent: int, reports: "Queue[tuple[str, bool, list[str]]]") -> None:
    visits.append(name)
    reports.put((name, os.getppid() == parent and os.getpid() != parent, visits))


if __name__ == "__main__":
    reports: "Queue[tuple[str, bool, list[str]]]" = mp.Queue()
    children = [
        mp.Process(target=visit, args=(f"child-{i}", os.getpid(), reports))
        for i in range(2)
    ]
    for c in children:
        c.start()
    received = sorted(reports.get() for _ in children)
    for c in children:
        c.join()

    for name, own_process, their_visits in received:
        print(f"{name}: свой процесс {own_process}, его список {their_visits}")
    print("список родителя:", visits)
    print("коды завершения:", [c.exitcode for c in children])
