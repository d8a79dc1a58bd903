# Listing 7.11, from manuscript/ru/07-libraries-frameworks.md:1196
import asyncio
import threading

import aiosqlite

LANGUAGES = [
    ("Python", 1991, "asyncio"),
    ("JavaScript", 1995, "цикл событий"),
    ("Go", 2009, "горутины"),
    ("Rust", 2015, "async/await"),
    ("Erlang", 1986, "процессы"),
]


async def main() -> None:
    print("потоков до подключения: ", threading.active_count())
    async with aiosqlite.connect(":memory:") as db:
        print("потоков при подключении:", threading.active_count())
        db.row_factory = aiosqlite.Row  # к столбцам строки можно обращаться по имени
        await db.execute(
            "CREATE TABLE languages (name TEXT PRIMARY KEY, year INT, model TEXT)"
        )
        await db.executemany("INSERT INTO languages VALUES (?, ?, ?)", LANGUAGES)
        await db.commit()

        query = "SELECT name, model FROM languages WHERE year < ? ORDER BY year"
        async with db.execute(query, (2000,)) as cursor:
            async for row in cursor:  # строки забираются из рабочего потока
                print(f"  {row['name']:<10} {row['model']}")

        async with db.execute("SELECT count(*), min(year) FROM languages") as cursor:
            row = await cursor.fetchone()
        assert row is not None
        print("строк:", row[0], "самый старый:", row[1])


asyncio.run(main())
