# Listing 9.17, from manuscript/en/09-testing.md:1959
import asyncio
import unittest


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while line := await reader.readline():
            if line.strip() == b"QUIT":
                break
            writer.write(line.upper())
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


class UpperServerTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self) -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        await self.enterAsyncContext(server)
        self.address: tuple[str, int] = server.sockets[0].getsockname()[:2]

    async def connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await asyncio.open_connection(*self.address)

        async def close() -> None:
            writer.close()
            await writer.wait_closed()

        self.addAsyncCleanup(close)
        return reader, writer

    async def ask(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, line: bytes
    ) -> bytes:
        writer.write(line + b"\n")
        await writer.drain()
        async with asyncio.timeout(1):
            return await reader.readline()

    async def test_one_client(self) -> None:
        reader, writer = await self.connect()
        self.assertEqual(await self.ask(reader, writer, b"hello"), b"HELLO\n")

    async def test_two_clients_interleaved(self) -> None:
        r1, w1 = await self.connect()
        r2, w2 = await self.connect()
        self.assertEqual(await self.ask(r1, w1, b"one"), b"ONE\n")
        self.assertEqual(await self.ask(r2, w2, b"two"), b"TWO\n")
        self.assertEqual(await self.ask(r1, w1, b"three"), b"THREE\n")

    async def test_quit_closes_the_connection(self) -> None:
        reader, writer = await self.connect()
        self.assertEqual(await self.ask(reader, writer, b"QUIT"), b"")


if __name__ == "__main__":
    unittest.main(verbosity=2)
