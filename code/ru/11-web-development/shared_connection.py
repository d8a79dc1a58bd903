# Listing 11.2, from manuscript/ru/11-web-development.md:229
import asyncio

import aiosqlite


async def transfer(
    db: aiosqlite.Connection, src: str, dst: str, amount: int, pause: float
) -> str:
    await db.execute("UPDATE accounts SET balance = balance - ? WHERE name = ?", (amount, src))
    await asyncio.sleep(pause)  # здесь выполняется другая задача, на том же соединении
    cursor = await db.execute(
        "UPDATE accounts SET balance = balance + ? WHERE name = ?", (amount, dst)
    )
    if cursor.rowcount != 1:
        await db.rollback()
        return f"{src}->{dst}: откат"
    await db.commit()
    return f"{src}->{dst}: зафиксировано"


async def locked_transfer(
    lock: asyncio.Lock, db: aiosqlite.Connection, src: str, dst: str, amount: int, pause: float
) -> str:
    async with lock:  # на этом соединении — одна транзакция за раз
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
        print(f"{'с блокировкой' if use_lock else 'без блокировки'}:")
        print(" ", t1.result(), "|", t2.result())
        print(" ", balances, "итого:", sum(balances.values()))


asyncio.run(run(use_lock=False))
asyncio.run(run(use_lock=True))
