# Listing 13.9, from manuscript/ru/13-sync-and-async.md:1020
import asyncio
import socketserver
import threading


class EchoHandler(socketserver.StreamRequestHandler):
    connections = 0

    def handle(self) -> None:
        EchoHandler.connections += 1
        while line := self.rfile.readline(1024):
            self.wfile.write(line)


class AsyncEchoClient:
    """Асинхронный клиент, который держит одно соединение открытым (как пул БД)."""

    def __init__(self, port: int) -> None:
        self._port = port
        self._streams: (
            tuple[asyncio.StreamReader, asyncio.StreamWriter] | None
        ) = None

    async def ask(self, text: str) -> str:
        if self._streams is None:
            self._streams = await asyncio.open_connection("127.0.0.1", self._port)
        reader, writer = self._streams
        writer.write(text.encode() + b"\n")
        await writer.drain()
        return (await reader.readline()).decode().strip()

    async def aclose(self) -> None:
        if self._streams is not None:
            self._streams[1].close()
            await self._streams[1].wait_closed()
            self._streams = None


def one_run_per_call(port: int) -> None:
    async def ask_once(text: str) -> str:
        client = AsyncEchoClient(port)  # новый клиент — новое соединение
        try:
            return await client.ask(text)
        finally:
            await client.aclose()

    for text in ["a", "b", "c"]:
        asyncio.run(ask_once(text))


def one_runner(port: int) -> None:
    with asyncio.Runner() as runner:
        client = AsyncEchoClient(port)
        try:
            for text in ["a", "b", "c"]:
                runner.run(client.ask(text))
        finally:
            runner.run(client.aclose())


def main() -> None:
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), EchoHandler) as server:
        port: int = server.server_address[1]
        serving = threading.Thread(target=server.serve_forever)
        serving.start()
        try:
            for approach in [one_run_per_call, one_runner]:
                before = EchoHandler.connections
                approach(port)
                opened = EchoHandler.connections - before
                print(f"{approach.__name__}: соединений: {opened}")
        finally:
            server.shutdown()
            serving.join()


main()
