# Listing 3.10, from manuscript/en/03-python-basics.md:716
import multiprocessing as mp


def square(x: int) -> int:
    return x * x


if __name__ == "__main__":
    print("available:", mp.get_all_start_methods())
    print("default here:", mp.get_start_method())
    ctx = mp.get_context("spawn")
    child = ctx.Process(target=square, args=(3,))
    child.start()
    child.join()
    print("spawned child exit code:", child.exitcode)
