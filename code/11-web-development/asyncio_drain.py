# Listing 11.10, from manuscript/en/11-web-development.md:1411
import asyncio
import os
import signal

in_flight: set[asyncio.Task[None]] = set()


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    task = asyncio.current_task()
    assert task is not None
    in_flight.add(task)
    seconds = 0.0
    try:
        seconds = float(await reader.readline())  # readline is bounded (64 KiB)
        await asyncio.sleep(seconds)  # the work
        writer.write(f"slept {seconds}\n".encode())
        await writer.drain()
    except asyncio.CancelledError:
        print(f"[server] {seconds} s request cancelled")
        raise
    finally:
        in_flight.discard(task)
        writer.close()


async def client(port: int, seconds: float) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"{seconds}\n".encode())
        reply = await reader.readline()
        return reply.decode().strip() or "connection closed, no answer"
    finally:
        writer.close()
        await writer.wait_closed()


async def drain(server: asyncio.Server, deadline: float) -> None:
    server.close()  # 1. stop accepting new connections
    print("[server] listening socket closed")
    if in_flight:  # 2. give in-flight requests a deadline to finish
        done, pending = await asyncio.wait(in_flight, timeout=deadline)
        print(f"[server] {len(done)} finished in time, cancelling {len(pending)}")
        for task in pending:  # 3. cancel the rest and wait for their cleanup
            task.cancel()
        if pending:
            await asyncio.wait(pending)
    await server.wait_closed()


async def main() -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)  # runs in the loop: safe
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        clients = [asyncio.create_task(client(port, s)) for s in (0.1, 0.5)]
        async with asyncio.timeout(2):
            while len(in_flight) < 2:  # wait until both requests are being handled
                await asyncio.sleep(0.01)
        os.kill(os.getpid(), signal.SIGTERM)  # what "docker stop" or systemd would do
        await stop.wait()
        print("[server] SIGTERM received")
        await drain(server, deadline=0.3)
        try:
            await client(port, 0.1)
        except ConnectionRefusedError:
            print("[client] new connection refused")
        for task in clients:
            print("[client]", await task)
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


asyncio.run(main())
