# Listing 6.7, from manuscript/ru/06-async-io-streams.md:916
import asyncio
import sys

UPPER = "import sys; sys.stdout.write(sys.stdin.read().upper())"


async def main() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", UPPER,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await proc.communicate(b"hello from the parent\n")
    print("stdout:", stdout)
    print("stderr:", stderr)  # None: канал мы не просили
    print("код выхода:", proc.returncode)

    fail = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import sys; sys.exit('fatal: no input file')",
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await fail.communicate()
    print("код выхода:", fail.returncode, "stderr:", stderr)


asyncio.run(main())
