# Listing 7.11, from manuscript/en/07-libraries-frameworks.md:1171
import asyncio
import threading

import aiosqlite

LANGUAGES = [
    ("Python", 1991, "asyncio"),
    ("JavaScript", 1995, "event loop"),
    ("Go", 2009, "goroutines"),
    ("Rust", 2015, "async/await"),
    ("Erlang", 1986, "processes"),
]


async def main() -> None:
    print("threads before connecting:", threading.active_count())
    async with aiosqlite.connect(":memory:") as db:
        print("threads while connected:  ", threading.active_count())
        db.row_factory = aiosqlite.Row  # rows addressable by column name
        await db.execute(
            "CREATE TABLE languages (name TEXT PRIMARY KEY, year INT, model TEXT)"
        )
        await db.executemany("INSERT INTO languages VALUES (?, ?, ?)", LANGUAGES)
        await db.commit()

        query = "SELECT name, model FROM languages WHERE year < ? ORDER BY year"
        async with db.execute(query, (2000,)) as cursor:
            async for row in cursor:  # rows are fetched from the worker thread
                print(f"  {row['name']:<10} {row['model']}")

        async with db.execute("SELECT count(*), min(year) FROM languages") as cursor:
            row = await cursor.fetchone()
        assert row is not None
        print("rows:", row[0], "oldest:", row[1])


asyncio.run(main())
