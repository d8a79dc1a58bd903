# Listing 2.4, from manuscript/ru/02-sync-vs-async.md:289
import asyncio
import http.client
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(0.2)  # скажем, медленный запрос к базе данных
        body = f"page {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # не засоряем вывод примера


def start_server() -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server

def fetch_sync(port: int, path: str) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        return conn.getresponse().read().decode()
    finally:
        conn.close()


def fetch_all_sync(port: int, paths: list[str]) -> list[str]:
    return [fetch_sync(port, path) for path in paths]

async def fetch_async(port: int, path: str) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    request = f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"
    writer.write(request.encode())
    await writer.drain()
    response = await reader.read()  # HTTP/1.0: закончив, сервер закрывает соединение
    writer.close()
    await writer.wait_closed()
    _headers, _, body = response.partition(b"\r\n\r\n")
    return body.decode()


async def fetch_all_async(port: int, paths: list[str]) -> list[str]:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_async(port, path)) for path in paths]
    return [task.result() for task in tasks]

def main() -> None:
    server = start_server()
    port = server.server_port
    paths = [f"/item/{n}" for n in range(1, 6)]

    start = time.perf_counter()
    pages = fetch_all_sync(port, paths)
    sync_time = time.perf_counter() - start
    print("синхронно: ", pages)

    start = time.perf_counter()
    pages = asyncio.run(fetch_all_async(port, paths))
    async_time = time.perf_counter() - start
    print("асинхронно:", pages)

    server.shutdown()
    server.server_close()
    print(f"синхронно {sync_time:.2f} с, асинхронно {async_time:.2f} с")
    print("синхронно не меньше 5 × 0.2 с:", sync_time >= 1.0)
    print("асинхронно хотя бы вдвое быстрее:", 2 * async_time < sync_time)


main()
