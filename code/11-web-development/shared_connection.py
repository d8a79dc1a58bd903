# Listing 11.2, from manuscript/en/11-web-development.md:224
import asyncio

import aiosqlite


async def transfer(
    db: aiosqlite.Connection, src: str, dst: str, amount: int, pause: float
) -> str:
    await db.execute("UPDATE accounts SET balance = balance - ? WHERE name = ?", (amount, src))
    await asyncio.sleep(pause)  # another task runs here, on the same connection
    cursor = await db.execute(
        "UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, dst)
    )
    if cursor.rowcount != 1:
        await db.rollback()
        return f"{src}->{dst}: rolled back"
    await db.commit()
    return f"{src}->{dst}: committed"


async def locked_transfer(
    lock: asyncio.Lock, db: aiosqlite.Connection, src: str, dst: str, amount: int, pause: float
) -> str:
    async with lock:  # one transaction at a time on this connection
        return await transfer(db, src, dst, amount, pause)


async def run(use_lock: bool) -> None:
    async with aiosqlite.connect(":memory:") as db:
        await db.executescript(
            "CREATE TABLE accounts (name TEXT PRIMARY KEY, balance INT NOT NULL);"
            "INSERT INTO accounts VALUES ('alice', 100), ('bob', 50);"
        )
        lock = asyncio.Lock()
        async with asyncio.TaskGroup() as tg:
            if use_lock:
                t1 = tg.create_task(locked_transfer(lock, db, "alice", "carol", 10, 0.1))
                t2 = tg.create_task(locked_transfer(lock, db, "alice", "bob", 30, 0.2))
            else:
                t1 = tg.create_task(transfer(db, "alice", "carol", 10, 0.1))
                t2 = tg.create_task(transfer(db, "alice", "bob", 30, 0.2))
        async with db.execute("SELECT name, balance FROM accounts") as cursor:
            balances = {name: balance async for name, balance in cursor}
        print(f"{'with' if use_lock else 'without'} a lock:")
        print(" ", t1.result(), "|", t2.result())
        print(" ", balances, "total:", sum(balances.values()))


asyncio.run(run(use_lock=False))
asyncio.run(run(use_lock=True))
