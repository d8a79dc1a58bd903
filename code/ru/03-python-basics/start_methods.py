# Listing 3.10, from manuscript/ru/03-python-basics.md:765
import multiprocessing as mp


def square(x: int) -> int:
    return x * x


if __name__ == "__main__":
    print("доступны:", mp.get_all_start_methods())
    print("по умолчанию здесь:", mp.get_start_method())
    ctx = mp.get_context("spawn")
    child = ctx.Process(target=square, args=(3,))
    child.start()
    child.join()
    print("код завершения процесса через spawn:", child.exitcode)
