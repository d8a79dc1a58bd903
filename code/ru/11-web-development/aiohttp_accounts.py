# Listing 11.1, from manuscript/ru/11-web-development.md:45
import asyncio
import tempfile
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite
from aiohttp import ClientSession, web


@asynccontextmanager
async def transaction(db: aiosqlite.Connection) -> AsyncGenerator[None, None]:
    try:
        await db.execute("BEGIN IMMEDIATE")  # захватить блокировку записи сразу
        yield
    except BaseException:
        await db.rollback()  # любая ошибка или отмена откатывает всё
        raise
    await db.commit()


class Bank:
    def __init__(self, path: Path) -> None:
        self.path = path

    async def lifecycle(self, app: web.Application) -> AsyncIterator[None]:
        async with aiosqlite.connect(self.path) as db:
            await db.executescript(
                "CREATE TABLE accounts (name TEXT PRIMARY KEY, balance INT NOT NULL);"
                "INSERT INTO accounts VALUES ('alice', 100), ('bob', 50);"
            )
        print("[приложение] база данных готова")
        yield
        print("[приложение] остановлено")

    async def balances(self, request: web.Request) -> web.Response:
        async with aiosqlite.connect(self.path) as db:
            async with db.execute("SELECT name, balance FROM accounts") as cursor:
                rows = await cursor.fetchall()
        return web.json_response({name: balance for name, balance in rows})

    async def transfer(self, request: web.Request) -> web.Response:
        body = await request.json()
        src, dst, amount = str(body["from"]), str(body["to"]), int(body["amount"])
        # Соединение на каждый запрос: своя транзакция, свой поток.
        async with aiosqlite.connect(self.path, isolation_level=None) as db:
            async with transaction(db):
                cursor = await db.execute(
                    "UPDATE accounts SET balance = balance - ? "
                    "WHERE name = ? AND balance >= ?",
                    (amount, src, amount),
                )
                if cursor.rowcount != 1:
                    raise web.HTTPConflict(text=f"{src} не может заплатить {amount}")
                await asyncio.sleep(0.1)  # медленный шаг внутри транзакции
                cursor = await db.execute(
                    "UPDATE accounts SET balance = balance + ? WHERE name = ?",
                    (amount, dst),
                )
                if cursor.rowcount != 1:
                    raise web.HTTPNotFound(text=f"нет счёта {dst}")
        return web.Response(text=f"переведено {amount} от {src} к {dst}")


def make_app(path: Path) -> web.Application:
    bank = Bank(path)
    app = web.Application()
    app.cleanup_ctx.append(bank.lifecycle)
    app.add_routes([web.get("/balances", bank.balances), web.post("/transfer", bank.transfer)])
    return app


async def post_transfer(session: ClientSession, src: str, dst: str, amount: int) -> str:
    payload = {"from": src, "to": dst, "amount": amount}
    async with session.post("/transfer", json=payload) as resp:
        return f"{resp.status} {await resp.text()}"


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        runner = web.AppRunner(make_app(Path(tmp) / "bank.db"))
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        port = runner.addresses[0][1]
        try:
            async with ClientSession(f"http://127.0.0.1:{port}") as session:
                async with asyncio.TaskGroup() as tg:
                    tasks = [
                        tg.create_task(post_transfer(session, "alice", "bob", 30)),
                        tg.create_task(post_transfer(session, "bob", "alice", 20)),
                        tg.create_task(post_transfer(session, "alice", "bob", 500)),
                        tg.create_task(post_transfer(session, "alice", "carol", 10)),
                    ]
                for task in tasks:
                    print(task.result())
                async with session.get("/balances") as resp:
                    balances = await resp.json()
                print(balances, "итого:", sum(balances.values()))
        finally:
            await runner.cleanup()


asyncio.run(main())
