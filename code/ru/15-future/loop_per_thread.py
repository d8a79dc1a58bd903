# Listing 15.18, from manuscript/ru/15-future.md:1473
import asyncio
import sys
import threading

SHARDS = 4
all_running = threading.Barrier(SHARDS)  # пропускает, только когда запущены все циклы
loops: dict[int, asyncio.AbstractEventLoop] = {}
checksums: dict[int, int] = {}


def gil_status() -> str:
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)  # Python 3.13+
    if is_gil_enabled is None:
        return "включён всегда (до 3.13)"
    return "включён" if is_gil_enabled() else "выключен"


async def handle(request: int) -> int:
    await asyncio.sleep(0.05)  # часть с вводом-выводом: перекрывается в одном цикле
    return sum(i * i for i in range(20_000 + request))  # вычислительная часть


async def shard_main(shard: int) -> None:
    loops[shard] = asyncio.get_running_loop()
    await asyncio.to_thread(all_running.wait, 5)  # не блокируя этот цикл
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(handle(r)) for r in range(shard * 10, shard * 10 + 10)]
    checksums[shard] = sum(t.result() for t in tasks) % 1000


def run_shard(shard: int) -> None:
    asyncio.run(shard_main(shard))  # новый цикл событий для этого потока


def main() -> None:
    print("GIL:", gil_status())
    threads = [threading.Thread(target=run_shard, args=(n,)) for n in range(SHARDS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for shard in sorted(checksums):
        print(f"шард {shard}: контрольная сумма {checksums[shard]}")
    print("различных циклов событий:", len({id(loop) for loop in loops.values()}))


main()
