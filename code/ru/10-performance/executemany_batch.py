# Listing 10.9, from manuscript/ru/10-performance.md:792
import asyncio
import time

import aiosqlite

ROWS = [(i, f"sensor-{i % 10}", i * 0.5) for i in range(2_000)]
INSERT = "INSERT INTO readings VALUES (?, ?, ?)"


async def main() -> None:
    async with aiosqlite.connect(":memory:") as db:
        await db.execute("CREATE TABLE readings (id INTEGER PRIMARY KEY, sensor TEXT, value REAL)")

        start = time.perf_counter()
        for row in ROWS:
            await db.execute(INSERT, row)  # один обмен с потоком на строку
        await db.commit()
        one_by_one = time.perf_counter() - start

        await db.execute("DELETE FROM readings")
        await db.commit()

        start = time.perf_counter()
        await db.executemany(INSERT, ROWS)  # один обмен на все строки
        await db.commit()
        batched = time.perf_counter() - start

        async with db.execute("SELECT count(*), sum(value) FROM readings") as cursor:
            row = await cursor.fetchone()
        assert row is not None
        print(f"строк: {row[0]}, сумма значений: {row[1]}")
        print(f"execute() на строку: {one_by_one * 1000:.1f} мс")
        print(f"executemany():       {batched * 1000:.1f} мс")
        print("executemany хотя бы в 5 раз быстрее:", one_by_one > 5 * batched)


asyncio.run(main())
