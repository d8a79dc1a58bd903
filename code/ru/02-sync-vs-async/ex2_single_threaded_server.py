# Listing 2.14, from manuscript/ru/02-sync-vs-async.md:1442
import asyncio
import http.client
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        time.sleep(0.15)
        body = f"page {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def fetch_sync(port: int, path: str) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        return conn.getresponse().read().decode()
    finally:
        conn.close()


async def fetch_async(port: int, path: str) -> str:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    response = await reader.read()
    writer.close()
    await writer.wait_closed()
    return response.partition(b"\r\n\r\n")[2].decode()


async def fetch_all_async(port: int, paths: list[str]) -> list[str]:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_async(port, path)) for path in paths]
    return [task.result() for task in tasks]


def main() -> None:
    server = HTTPServer(("127.0.0.1", 0), SlowHandler)  # по одному запросу за раз
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_port
    paths = ["/a", "/b", "/c"]

    start = time.perf_counter()
    sync_pages = [fetch_sync(port, path) for path in paths]
    sync_time = time.perf_counter() - start

    start = time.perf_counter()
    async_pages = asyncio.run(fetch_all_async(port, paths))
    async_time = time.perf_counter() - start

    server.shutdown()
    server.server_close()
    print("страницы совпадают:", sync_pages == async_pages)
    print("синхронно не меньше 3 × 0.15 с:", sync_time >= 0.45)
    print("асинхронно тоже не меньше 3 × 0.15 с:", async_time >= 0.45)


main()
