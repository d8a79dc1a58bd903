# Listing 12.6, from manuscript/ru/12-advanced-topics.md:571
import asyncio
from contextlib import AsyncExitStack
from types import TracebackType
from typing import Any, Self


handlers: set[asyncio.Task[Any]] = set()


async def echo_upper(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    task = asyncio.current_task()
    assert task is not None
    handlers.add(task)
    task.add_done_callback(handlers.discard)
    try:
        while line := await reader.readline():  # строка длиннее 64 КиБ выбрасывает ValueError
            writer.write(line.upper())
            await writer.drain()
    except ValueError:
        pass  # слишком длинная строка: разрываем соединение
    finally:
        writer.close()
        await writer.wait_closed()


async def wait_for_handlers() -> None:
    # В Python 3.11 закрытие сервера не ждёт завершения его обработчиков.
    if handlers:
        await asyncio.wait(handlers)


async def close_connection(name: str, writer: asyncio.StreamWriter) -> None:
    writer.close()
    await writer.wait_closed()
    print(f"  {name}: соединение закрыто")


class Fleet:
    """Набор именованных соединений, которые закрываются вместе."""

    def __init__(self) -> None:
        self.streams: dict[str, tuple[asyncio.StreamReader, asyncio.StreamWriter]] = {}
        self._stack = AsyncExitStack()

    @classmethod
    async def connect(cls, port: int, names: list[str]) -> Self:
        fleet = cls()
        async with AsyncExitStack() as stack:
            for name in names:
                if not name.isidentifier():
                    raise ValueError(f"недопустимое имя соединения {name!r}")
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                stack.push_async_callback(close_connection, name, writer)
                fleet.streams[name] = (reader, writer)
                print(f"  {name}: подключено")
            # Все соединения открыты: передаём их парку.
            fleet._stack = stack.pop_all()
        return fleet

    async def ask(self, name: str, text: str) -> str:
        reader, writer = self.streams[name]
        writer.write(text.encode() + b"\n")
        await writer.drain()
        return (await reader.readline()).decode().strip()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._stack.aclose()


async def main() -> None:
    async with AsyncExitStack() as stack:
        server = await asyncio.start_server(echo_upper, "127.0.0.1", 0)
        stack.push_async_callback(wait_for_handlers)  # выполнится после закрытия сервера
        await stack.enter_async_context(server)
        port = server.sockets[0].getsockname()[1]

        print("все имена допустимы:")
        fleet = await Fleet.connect(port, ["alpha", "beta", "gamma"])
        await stack.enter_async_context(fleet)
        print("  beta отвечает", await fleet.ask("beta", "hello"))

        print("одно недопустимое имя:")
        try:
            await Fleet.connect(port, ["delta", "epsilon", "no good", "zeta"])
        except ValueError as exc:
            print("  connect не удался:", exc)

        print("выходим из стека main:")
    print("сервер закрыт")


asyncio.run(main())
