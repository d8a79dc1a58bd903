# Listing 3.9, from manuscript/en/03-python-basics.md:646
import multiprocessing as mp


def greet() -> None:
    print("hello from the child")


ctx = mp.get_context("spawn")
child = ctx.Process(target=greet)
child.start()
child.join()
print("child exit code:", child.exitcode)
