# Listing 4.14, from manuscript/ru/04-async-await.md:942
import asyncio
from types import TracebackType
from typing import Self


class Connection:
    def __init__(self, host: str) -> None:
        self.host = host

    async def __aenter__(self) -> Self:
        await asyncio.sleep(0.01)  # рукопожатие с сервером
        print(f"подключено к {self.host}")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.sleep(0.01)  # вежливо прощаемся с сервером
        print(f"отключено от {self.host} (ошибка: {exc!r})")

    async def query(self, sql: str) -> list[int]:
        await asyncio.sleep(0.01)
        return [1, 2, 3]


async def main() -> None:
    async with Connection("db.local") as conn:
        print("строки:", await conn.query("SELECT id FROM users"))

    try:
        async with Connection("db.local") as conn:
            raise ValueError("некорректный запрос")
    except ValueError as exc:
        print("перехвачено:", exc)


asyncio.run(main())
