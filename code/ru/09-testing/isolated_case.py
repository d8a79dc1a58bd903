# Listing 9.5, from manuscript/ru/09-testing.md:505
import asyncio
import unittest

events: list[str] = []


class Connection:
    async def open(self) -> None:
        await asyncio.sleep(0)
        events.append("соединение открыто")

    async def query(self, sql: str) -> list[int]:
        await asyncio.sleep(0)
        return [1] if sql == "SELECT 1" else []

    async def close(self) -> None:
        await asyncio.sleep(0)
        events.append("соединение закрыто (асинхронная очистка)")


class ConnectionTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self) -> None:
        events.append("setUp")

    async def asyncSetUp(self) -> None:
        events.append("asyncSetUp")
        self.conn = Connection()
        await self.conn.open()
        self.addAsyncCleanup(self.conn.close)

    async def test_query(self) -> None:
        events.append("test_query")
        self.assertEqual(await self.conn.query("SELECT 1"), [1])

    async def test_loop_is_in_debug_mode(self) -> None:
        events.append("test_loop_is_in_debug_mode")
        self.assertTrue(asyncio.get_running_loop().get_debug())

    async def asyncTearDown(self) -> None:
        events.append("asyncTearDown")

    def tearDown(self) -> None:
        events.append("tearDown")


if __name__ == "__main__":
    unittest.main(exit=False, verbosity=2)
    for event in events:
        print(event)
