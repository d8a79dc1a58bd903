# Listing 4.14, from manuscript/en/04-async-await.md:1032
import asyncio
from types import TracebackType
from typing import Self


class Connection:
    def __init__(self, host: str) -> None:
        self.host = host

    async def __aenter__(self) -> Self:
        await asyncio.sleep(0.01)  # handshake with the server
        print(f"connected to {self.host}")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.sleep(0.01)  # polite goodbye to the server
        print(f"disconnected from {self.host} (error: {exc!r})")

    async def query(self, sql: str) -> list[int]:
        await asyncio.sleep(0.01)
        return [1, 2, 3]


async def main() -> None:
    async with Connection("db.local") as conn:
        print("rows:", await conn.query("SELECT id FROM users"))

    try:
        async with Connection("db.local") as conn:
            raise ValueError("malformed query")
    except ValueError as exc:
        print("caught:", exc)


asyncio.run(main())
