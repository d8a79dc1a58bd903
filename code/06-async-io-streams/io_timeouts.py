# Listing 6.5, from manuscript/en/06-async-io-streams.md:686
import asyncio


async def slow_server(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while line := await reader.readline():
            await asyncio.sleep(0.4)  # a slow backend
            writer.write(b"answer to " + line)
            await writer.drain()
    finally:
        writer.close()
        await writer.wait_closed()


async def main() -> None:
    server = await asyncio.start_server(slow_server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"question 1\n")
        await writer.drain()
        try:
            async with asyncio.timeout(0.1):
                reply = await reader.readline()
        except TimeoutError:
            print("no reply within 0.1 s")
        # The line is still on its way; a longer deadline gets it.
        async with asyncio.timeout(2):
            reply = await reader.readline()
        print("eventually:", reply)

        # One deadline for a whole exchange, however many reads it takes.
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout_at(loop.time() + 0.7):
                for n in (2, 3):
                    writer.write(f"question {n}\n".encode())
                    await writer.drain()
                    print("got:", await reader.readline())
        except TimeoutError:
            print("the whole exchange took longer than 0.7 s")
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
