# Listing 12.6, from manuscript/en/12-advanced-topics.md:651
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
        while line := await reader.readline():  # a line over 64 KiB raises ValueError
            writer.write(line.upper())
            await writer.drain()
    except ValueError:
        pass  # an over-long line: drop the connection
    finally:
        writer.close()
        await writer.wait_closed()


async def wait_for_handlers() -> None:
    # On Python 3.11, closing a server does not wait for its handlers.
    if handlers:
        await asyncio.wait(handlers)


async def close_connection(name: str, writer: asyncio.StreamWriter) -> None:
    writer.close()
    await writer.wait_closed()
    print(f"  {name}: connection closed")


class Fleet:
    """A set of named connections that are closed together."""

    def __init__(self) -> None:
        self.streams: dict[str, tuple[asyncio.StreamReader, asyncio.StreamWriter]] = {}
        self._stack = AsyncExitStack()

    @classmethod
    async def connect(cls, port: int, names: list[str]) -> Self:
        fleet = cls()
        async with AsyncExitStack() as stack:
            for name in names:
                if not name.isidentifier():
                    raise ValueError(f"bad connection name {name!r}")
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                stack.push_async_callback(close_connection, name, writer)
                fleet.streams[name] = (reader, writer)
                print(f"  {name}: connected")
            # Every connection is open: hand them all over to the fleet.
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
        stack.push_async_callback(wait_for_handlers)  # runs after the server closes
        await stack.enter_async_context(server)
        port = server.sockets[0].getsockname()[1]

        print("all names valid:")
        fleet = await Fleet.connect(port, ["alpha", "beta", "gamma"])
        await stack.enter_async_context(fleet)
        print("  beta says", await fleet.ask("beta", "hello"))

        print("one bad name:")
        try:
            await Fleet.connect(port, ["delta", "epsilon", "no good", "zeta"])
        except ValueError as exc:
            print("  connect failed:", exc)

        print("leaving main's stack:")
    print("server closed")


asyncio.run(main())
