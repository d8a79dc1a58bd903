# Listing 6.16, from manuscript/ru/06-async-io-streams.md:1648
import asyncio
import sys

CHILD = """
import sys, time
start = time.time()
time.sleep(0.5)
print(sys.argv[1], start, time.time())
"""


async def run_child(name: str) -> tuple[str, int, float, float]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, name, stdout=asyncio.subprocess.PIPE
    )
    stdout, _ = await proc.communicate()
    label, started, finished = stdout.decode().split()
    return label, await proc.wait(), float(started), float(finished)


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(run_child(name)) for name in ("a", "b", "c")]
    results = [task.result() for task in tasks]
    for name, code, _, _ in results:
        print(f"потомок {name} завершился с кодом {code}")
    last_start = max(started for _, _, started, _ in results)
    first_end = min(finished for _, _, _, finished in results)
    print("все три спали одновременно:", last_start < first_end)


asyncio.run(main())
