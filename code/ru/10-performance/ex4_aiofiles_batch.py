# Listing 10.19, from manuscript/ru/10-performance.md:1686
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
                await f.write(line)  # один обмен с потоком на строку
        line_by_line = time.perf_counter() - start

        start = time.perf_counter()
        async with aiofiles.open(fast_path, "w") as f:
            await f.write("".join(LINES))  # один обмен
        joined = time.perf_counter() - start

        print("содержимое совпадает:", slow_path.read_bytes() == fast_path.read_bytes())
        print("размер:", fast_path.stat().st_size, "байт")
    print(f"построчно: {line_by_line * 1000:.0f} мс, одной записью: {joined * 1000:.1f} мс")
    print("одна запись хотя бы в 10 раз быстрее:", line_by_line > 10 * joined)


asyncio.run(main())
