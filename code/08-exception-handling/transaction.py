# Listing 8.13, from manuscript/en/08-exception-handling.md:1290
import asyncio
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager


class Connection:
    async def execute(self, statement: str) -> None:
        # A LOCK waits for another client to finish; everything else is quick.
        await asyncio.sleep(0.4 if statement.startswith("LOCK") else 0.01)
        if "DROP" in statement:
            raise PermissionError(f"not allowed: {statement}")
        print(f"  executed {statement!r}")

    async def close(self) -> None:
        await asyncio.sleep(0.01)
        print("  connection closed")


@asynccontextmanager
async def connect() -> AsyncGenerator[Connection, None]:
    conn = Connection()
    try:
        yield conn
    finally:
        await conn.close()  # runs on success, error and cancellation


@asynccontextmanager
async def transaction(conn: Connection) -> AsyncGenerator[Connection, None]:
    await conn.execute("BEGIN")
    try:
        yield conn
    except BaseException as exc:  # any failure, including cancellation...
        print(f"  rolling back because of {type(exc).__name__}")
        await conn.execute("ROLLBACK")
        raise  # ...is re-raised after the rollback
    else:
        await conn.execute("COMMIT")


async def transfer(statements: list[str]) -> None:
    async with connect() as conn, transaction(conn):
        for statement in statements:
            await conn.execute(statement)


async def main() -> None:
    print("success:")
    await transfer(["UPDATE accounts SET ..."])

    print("error:")
    try:
        await transfer(["UPDATE accounts SET ...", "DROP TABLE accounts"])
    except PermissionError as exc:
        print("  caught:", exc)

    print("timeout:")
    try:
        async with asyncio.timeout(0.3):
            await transfer(["UPDATE accounts SET ...", "LOCK TABLE audit"])
    except TimeoutError:
        print("  caught: TimeoutError")


asyncio.run(main())
