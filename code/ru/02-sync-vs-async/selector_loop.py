# Listing 2.7, from manuscript/ru/02-sync-vs-async.md:630
import heapq
import selectors
import socket
import time
from collections import deque
from collections.abc import Generator
from typing import Literal

# Чего может ждать задача: пока сокет станет доступен для чтения или записи
# или пока пройдёт некоторое число секунд.
Wait = tuple[Literal["read", "write"], socket.socket] | tuple[Literal["sleep"], float]
Task = Generator[Wait, None, None]


class Loop:
    def __init__(self) -> None:
        self.ready: deque[Task] = deque()
        self.timers: list[tuple[float, int, Task]] = []
        self.selector = selectors.DefaultSelector()
        self.counter = 0

    def spawn(self, task: Task) -> None:
        self.ready.append(task)

    def run(self) -> None:
        while self.ready or self.timers or self.selector.get_map():
            self.poll()
            for _ in range(len(self.ready)):
                self.step(self.ready.popleft())

    def poll(self) -> None:
        timeout: float | None = None  # таймеров нет: ждать ввода-вывода сколько угодно
        if self.ready:
            timeout = 0
        elif self.timers:
            timeout = max(0.0, self.timers[0][0] - time.monotonic())
        for key, _mask in self.selector.select(timeout):
            self.selector.unregister(key.fileobj)
            self.ready.append(key.data)
        now = time.monotonic()
        while self.timers and self.timers[0][0] <= now:
            self.ready.append(heapq.heappop(self.timers)[2])

    def step(self, task: Task) -> None:
        try:
            wait = next(task)  # выполнить задачу до её следующего yield
        except StopIteration:
            return
        if wait[0] == "sleep":
            self.counter += 1
            wake_at = time.monotonic() + wait[1]
            heapq.heappush(self.timers, (wake_at, self.counter, task))
        elif wait[0] == "read":
            self.selector.register(wait[1], selectors.EVENT_READ, task)
        else:
            self.selector.register(wait[1], selectors.EVENT_WRITE, task)

def recv_line(sock: socket.socket) -> Generator[Wait, None, bytes]:
    data = b""
    while not data.endswith(b"\n"):
        yield ("read", sock)
        chunk = sock.recv(1024)
        if not chunk:
            break
        data += chunk
    return data


def recv_all(sock: socket.socket) -> Generator[Wait, None, bytes]:
    data = b""
    while True:
        yield ("read", sock)
        chunk = sock.recv(1024)
        if not chunk:  # другая сторона закрыла соединение
            return data
        data += chunk


def send_all(sock: socket.socket, data: bytes) -> Generator[Wait, None, None]:
    while data:
        yield ("write", sock)
        sent = sock.send(data)
        data = data[sent:]

def handle(conn: socket.socket) -> Task:
    line = yield from recv_line(conn)
    yield ("sleep", 0.2)  # делаем вид, что ответ вычисляется долго
    yield from send_all(conn, line.upper())
    conn.close()


def server(loop: Loop, listener: socket.socket, clients: int) -> Task:
    for _ in range(clients):
        yield ("read", listener)  # слушающий сокет готов к чтению: клиент ждёт
        conn, _address = listener.accept()
        conn.setblocking(False)
        loop.spawn(handle(conn))
    listener.close()


def client(address: tuple[str, int], name: str, replies: dict[str, str]) -> Task:
    sock = socket.socket()
    sock.setblocking(False)
    sock.connect_ex(address)  # начинает подключение и сразу возвращается
    yield ("write", sock)  # готов к записи: попытка подключения завершилась
    yield from send_all(sock, f"hello from {name}\n".encode())
    reply = yield from recv_all(sock)
    replies[name] = reply.decode().strip()
    sock.close()


def main() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setblocking(False)
    address = listener.getsockname()
    names = ["ann", "bob", "cy", "dee"]
    replies: dict[str, str] = {}
    loop = Loop()
    loop.spawn(server(loop, listener, len(names)))
    for name in names:
        loop.spawn(client(address, name, replies))
    start = time.perf_counter()
    loop.run()
    elapsed = time.perf_counter() - start
    for name in names:
        print(f"{name} получил {replies[name]!r}")
    print(f"четыре запроса по 0.2 с обслужены за {elapsed:.2f} с")
    print("обслужены конкурентно (меньше 0.5 с):", elapsed < 0.5)


main()
