# Listing 6.3, from manuscript/ru/06-async-io-streams.md:405
import asyncio


class KeyValueServer:
    """Крошечный построчный протокол: SET key value, GET key, QUIT."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def execute(self, line: str) -> str:
        match line.split(maxsplit=2):
            case ["SET", key, value]:
                self.data[key] = value
                return "OK"
            case ["GET", key]:
                value = self.data.get(key)
                return "NOT_FOUND" if value is None else f"VALUE {value}"
            case ["QUIT"]:
                return "BYE"
            case _:
                return f"ERROR bad command {line!r}"

    async def handle(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            while raw := await reader.readline():
                reply = self.execute(raw.decode("utf-8", "replace").strip())
                writer.write(f"{reply}\n".encode())
                await writer.drain()
                if reply == "BYE":
                    break
        except ValueError:  # строка длиннее предела потока данных
            writer.write(b"ERROR line too long\n")
            await writer.drain()
        finally:
            writer.close()
            await writer.wait_closed()


async def session(port: int, commands: list[str]) -> list[str]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies: list[str] = []
    try:
        for command in commands:
            writer.write(f"{command}\n".encode())
            await writer.drain()
            reply = await reader.readline()
            if not reply:
                replies.append("<соединение закрыто>")
                break
            replies.append(reply.decode().rstrip("\n"))
    finally:
        writer.close()
        await writer.wait_closed()
    return replies


async def main() -> None:
    kv = KeyValueServer()
    server = await asyncio.start_server(kv.handle, "127.0.0.1", 0, limit=100)
    port = server.sockets[0].getsockname()[1]
    async with server:
        async with asyncio.TaskGroup() as tg:
            alice = tg.create_task(
                session(port, ["SET colour blue", "GET colour", "QUIT"])
            )
            bob = tg.create_task(
                session(port, ["SET city Rome", "GET city", "GET x", "QUIT"])
            )
        print("Алиса:", alice.result())
        print("Боб:  ", bob.result())
        carol = await session(
            port, ["GET city", "HELLO", "SET big " + "x" * 200, "GET colour"]
        )
        print("Кэрол:", carol)


asyncio.run(main())
