# Listing 11.10, from manuscript/ru/11-web-development.md:1437
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
        seconds = float(await reader.readline())  # readline ограничен (64 КиБ)
        await asyncio.sleep(seconds)  # работа
        writer.write(f"проспал {seconds}\n".encode())
        await writer.drain()
    except asyncio.CancelledError:
        print(f"[сервер] запрос на {seconds} с отменён")
        raise
    finally:
        in_flight.discard(task)
        writer.close()


async def client(port: int, seconds: float) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"{seconds}\n".encode())
        reply = await reader.readline()
        return reply.decode().strip() or "соединение закрыто, ответа нет"
    finally:
        writer.close()
        await writer.wait_closed()


async def drain(server: asyncio.Server, deadline: float) -> None:
    server.close()  # 1. перестать принимать новые соединения
    print("[сервер] слушающий сокет закрыт")
    if in_flight:  # 2. дать выполняющимся запросам срок на завершение
        done, pending = await asyncio.wait(in_flight, timeout=deadline)
        print(f"[сервер] завершились вовремя: {len(done)}, отменяю: {len(pending)}")
        for task in pending:  # 3. отменить остальные и дождаться их очистки
            task.cancel()
        if pending:
            await asyncio.wait(pending)
    await server.wait_closed()


async def main() -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)  # выполняется в цикле: безопасно
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        clients = [asyncio.create_task(client(port, s)) for s in (0.1, 0.5)]
        async with asyncio.timeout(2):
            while len(in_flight) < 2:  # ждём, пока оба запроса не окажутся в обработке
                await asyncio.sleep(0.01)
        os.kill(os.getpid(), signal.SIGTERM)  # то же сделали бы «docker stop» или systemd
        await stop.wait()
        print("[сервер] получен SIGTERM")
        await drain(server, deadline=0.3)
        try:
            await client(port, 0.1)
        except ConnectionRefusedError:
            print("[клиент] новое соединение отклонено")
        for task in clients:
            print("[клиент]", await task)
    finally:
        loop.remove_signal_handler(signal.SIGTERM)


asyncio.run(main())
