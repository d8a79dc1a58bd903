# Listing 14.6, from manuscript/ru/14-async-and-threads.md:750
import resource
import threading
import time

import psutil

THREADS = 200
process = psutil.Process()


def settled_vms() -> int:
    """Размер виртуальной памяти после того, как завершённые потоки отдали стеки."""
    last = process.memory_info().vms
    while True:
        time.sleep(0.05)
        now = process.memory_info().vms
        if now == last:
            return now
        last = now


def address_space_per_thread(count: int) -> float:
    """Запустить `count` ждущих потоков; вернуть прирост виртуальной памяти."""
    release = threading.Event()
    before = settled_vms()
    threads = [threading.Thread(target=release.wait) for _ in range(count)]
    for t in threads:
        t.start()
    grown = process.memory_info().vms - before
    release.set()
    for t in threads:
        t.join()
    return grown / count


soft, _hard = resource.getrlimit(resource.RLIMIT_STACK)
print("threading.stack_size():", threading.stack_size())
print(f"предел стека (ulimit -s): {soft // 1024} КиБ")
address_space_per_thread(THREADS)  # разогрев: здесь malloc создаёт свои арены
default = address_space_per_thread(THREADS)
print(f"адресное пространство на поток, стек по умолчанию: {default / 2**20:.2f} МиБ")

threading.stack_size(256 * 1024)  # действует на потоки, запущенные с этого момента
small = address_space_per_thread(THREADS)
print(f"адресное пространство на поток, стек 256 КиБ: {small / 2**20:.2f} МиБ")
print("меньшие стеки резервируют меньше:", small < default / 4)
