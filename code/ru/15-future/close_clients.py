# Listing 15.14, from manuscript/ru/15-future.md:1043
import asyncio


class UpperServer:
    """Построчный сервер, умеющий отключать клиентов, как close_clients() в 3.13."""

    def __init__(self) -> None:
        self.writers: set[asyncio.StreamWriter] = set()
        self.handlers: set[asyncio.Task[None]] = set()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.handlers.add(task)
        self.writers.add(writer)
        try:
            while line := await reader.readline():  # b"" в конце потока данных
                writer.write(line.upper())
                await writer.drain()
        finally:
            self.writers.discard(writer)
            self.handlers.discard(task)
            writer.close()
            print("сервер: обработчик завершился")

    async def shutdown(self, server: asyncio.Server) -> None:
        server.close()  # 1. перестать принимать новые соединения
        for writer in list(self.writers):  # 2. close_clients()
            writer.close()
        if self.handlers:  # 3. дождаться обработчиков (строже, чем wait_closed())
            await asyncio.wait(self.handlers)


async def main() -> None:
    service = UpperServer()
    server = await asyncio.start_server(service.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    print("клиент получил:", await reader.readline())
    # Теперь клиент бездействует, удерживая соединение открытым.

    await service.shutdown(server)
    await server.wait_closed()
    print("сервер: закрыт")
    print("клиент читает после остановки:", await reader.read(100))
    writer.close()
    await writer.wait_closed()


asyncio.run(main())
