# Listing 8.13, from manuscript/ru/08-exception-handling.md:1309
import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager


class Connection:
    async def execute(self, statement: str) -> None:
        # LOCK ждёт, пока закончит другой клиент; всё остальное выполняется быстро.
        await asyncio.sleep(0.4 if statement.startswith("LOCK") else 0.01)
        if "DROP" in statement:
            raise PermissionError(f"запрещено: {statement}")
        print(f"  выполнено {statement!r}")

    async def close(self) -> None:
        await asyncio.sleep(0.01)
        print("  соединение закрыто")


@asynccontextmanager
async def connect() -> AsyncGenerator[Connection, None]:
    conn = Connection()
    try:
        yield conn
    finally:
        await conn.close()  # выполняется при успехе, ошибке и отмене


@asynccontextmanager
async def transaction(conn: Connection) -> AsyncGenerator[Connection, None]:
    await conn.execute("BEGIN")
    try:
        yield conn
    except BaseException as exc:  # любой сбой, включая отмену...
        print(f"  откат из-за {type(exc).__name__}")
        await conn.execute("ROLLBACK")
        raise  # ...после отката выбрасывается снова
    else:
        await conn.execute("COMMIT")


async def transfer(statements: list[str]) -> None:
    async with connect() as conn, transaction(conn):
        for statement in statements:
            await conn.execute(statement)


async def main() -> None:
    print("успех:")
    await transfer(["UPDATE accounts SET ..."])

    print("ошибка:")
    try:
        await transfer(["UPDATE accounts SET ...", "DROP TABLE accounts"])
    except PermissionError as exc:
        print("  перехвачено:", exc)

    print("тайм-аут:")
    try:
        async with asyncio.timeout(0.3):
            await transfer(["UPDATE accounts SET ...", "LOCK TABLE audit"])
    except TimeoutError:
        print("  перехвачено: TimeoutError")


asyncio.run(main())
