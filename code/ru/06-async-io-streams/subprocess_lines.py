# Listing 6.6, from manuscript/ru/06-async-io-streams.md:821
import asyncio
import sys

CHILD = """
import sys, time
for step in range(1, 4):
    print(f"step {step} done", flush=True)
    time.sleep(0.1)
print("something went wrong", file=sys.stderr)
sys.exit(3)
"""


async def main() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    print(f"запущен дочерний процесс, pid {proc.pid}")
    async with asyncio.TaskGroup() as tg:
        # Читаем stderr конкурентно, чтобы ни один канал не переполнился.
        stderr_task = tg.create_task(proc.stderr.read())
        async for raw in proc.stdout:
            print("потомок пишет:", raw.decode().rstrip())
    returncode = await proc.wait()
    print("stderr:", stderr_task.result().decode().strip())
    print("код выхода:", returncode)


asyncio.run(main())
