# Listing 10.19, from manuscript/en/10-performance.md:1828
# pyright: reportMissingTypeStubs=false, reportUnknownMemberType=false
# pyright: reportUnknownVariableType=false
import asyncio
import tempfile
import time
from pathlib import Path

import aiofiles

LINES = [f"reading {i:05d}\n" for i in range(5_000)]


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        slow_path = Path(tmp) / "line_by_line.txt"
        fast_path = Path(tmp) / "joined.txt"

        start = time.perf_counter()
        async with aiofiles.open(slow_path, "w") as f:
            for line in LINES:
                await f.write(line)  # one thread round trip per line
        line_by_line = time.perf_counter() - start

        start = time.perf_counter()
        async with aiofiles.open(fast_path, "w") as f:
            await f.write("".join(LINES))  # one round trip
        joined = time.perf_counter() - start

        print("same content:", slow_path.read_bytes() == fast_path.read_bytes())
        print("size:", fast_path.stat().st_size, "bytes")
    print(f"line by line: {line_by_line * 1000:.0f} ms, joined: {joined * 1000:.1f} ms")
    print("joined at least 10x faster:", line_by_line > 10 * joined)


asyncio.run(main())
