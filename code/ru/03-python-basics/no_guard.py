# Listing 3.9, from manuscript/ru/03-python-basics.md:688
import multiprocessing as mp


def greet() -> None:
    print("привет от дочернего процесса")


ctx = mp.get_context("spawn")
child = ctx.Process(target=greet)
child.start()
child.join()
print("код завершения дочернего процесса:", child.exitcode)
