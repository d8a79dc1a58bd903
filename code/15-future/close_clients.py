# Listing 15.14, from manuscript/en/15-future.md:1016
import asyncio


class UpperServer:
    """A line-based server that can drop its clients, like 3.13's close_clients()."""

    def __init__(self) -> None:
        self.writers: set[asyncio.StreamWriter] = set()
        self.handlers: set[asyncio.Task[None]] = set()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.handlers.add(task)
        self.writers.add(writer)
        try:
            while line := await reader.readline():  # b"" at end of stream
                writer.write(line.upper())
                await writer.drain()
        finally:
            self.writers.discard(writer)
            self.handlers.discard(task)
            writer.close()
            print("server: handler finished")

    async def shutdown(self, server: asyncio.Server) -> None:
        server.close()  # 1. stop accepting new connections
        for writer in list(self.writers):  # 2. close_clients()
            writer.close()
        if self.handlers:  # 3. wait for the handlers (stronger than wait_closed())
            await asyncio.wait(self.handlers)


async def main() -> None:
    service = UpperServer()
    server = await asyncio.start_server(service.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    print("client got:", await reader.readline())
    # The client now sits idle, keeping its connection open.

    await service.shutdown(server)
    await server.wait_closed()
    print("server: closed")
    print("client reads after shutdown:", await reader.read(100))
    writer.close()
    await writer.wait_closed()


asyncio.run(main())
