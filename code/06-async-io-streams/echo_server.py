# Listing 6.1, from manuscript/en/06-async-io-streams.md:100
import asyncio


async def handle_echo(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    peer = writer.get_extra_info("peername")
    print(f"server: connection from {peer[0]}")
    try:
        while line := await reader.readline():
            writer.write(line)
            await writer.drain()
        print("server: client sent EOF, closing")
    finally:
        writer.close()
        await writer.wait_closed()


async def echo_client(port: int, messages: list[str]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        for message in messages:
            writer.write(f"{message}\n".encode())
            await writer.drain()
            reply = await reader.readline()
            print(f"client: sent {message!r}, got {reply.decode().rstrip()!r}")
        writer.write_eof()
        rest = await reader.read()
        print(f"client: server closed, {len(rest)} bytes left over")
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(f"server: listening on port {port}")
    async with server:
        await echo_client(port, ["hello", "asyncio", "streams"])
    print("main: server closed")


asyncio.run(main())
