# Listing 6.6, from manuscript/en/06-async-io-streams.md:795
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
    print(f"started child with pid {proc.pid}")
    async with asyncio.TaskGroup() as tg:
        # Drain stderr concurrently so that neither pipe can fill up.
        stderr_task = tg.create_task(proc.stderr.read())
        async for raw in proc.stdout:
            print("child says:", raw.decode().rstrip())
    returncode = await proc.wait()
    print("stderr:", stderr_task.result().decode().strip())
    print("exit code:", returncode)


asyncio.run(main())
