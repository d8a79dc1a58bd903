# Listing 12.18, from manuscript/ru/12-advanced-topics.md:1874
import asyncio
from collections.abc import Generator
from types import TracebackType
from typing import Any


class Connection:
    def __init__(self, host: str) -> None:
        self.host = host

    async def close(self) -> None:
        await asyncio.sleep(0.01)
        print(f"  {self.host}: закрыто")


async def _open(host: str) -> Connection:
    await asyncio.sleep(0.01)  # рукопожатие
    print(f"  {host}: подключено")
    return Connection(host)


class connect:
    """`await connect(h)` возвращает соединение; `async with` ещё и закрывает его."""

    def __init__(self, host: str) -> None:
        self._host = host
        self._conn: Connection | None = None

    def __await__(self) -> Generator[Any, None, Connection]:
        return _open(self._host).__await__()

    async def __aenter__(self) -> Connection:
        self._conn = await self
        return self._conn

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._conn is not None:
            await self._conn.close()


async def main() -> None:
    print("await:")
    conn = await connect("db1")
    try:
        print("  используем", conn.host)
    finally:
        await conn.close()

    print("async with:")
    async with connect("db2") as conn:
        print("  используем", conn.host)


asyncio.run(main())
