# Listing 2.5, from manuscript/ru/02-sync-vs-async.md:442
import selectors
import socket
import time


def main() -> None:
    left, right = socket.socketpair()  # два соединённых сокета
    right.setblocking(False)

    try:
        right.recv(1024)
    except BlockingIOError:
        print("recv на пустом неблокирующем сокете: BlockingIOError")

    selector = selectors.DefaultSelector()
    print("селектор в этой системе:", type(selector).__name__)
    selector.register(right, selectors.EVENT_READ)

    cpu = time.process_time()
    events = selector.select(timeout=0.2)  # поток спит в ядре
    select_cpu = time.process_time() - cpu
    print("готовых сокетов после ожидания 0.2 с:", len(events))

    cpu = time.process_time()
    deadline = time.monotonic() + 0.2
    while time.monotonic() < deadline:  # активный опрос: так делать не надо
        try:
            right.recv(1024)
        except BlockingIOError:
            pass
    busy_cpu = time.process_time() - cpu
    print("активный опрос съел больше CPU:", busy_cpu > select_cpu + 0.005)

    left.sendall(b"hello")
    for key, _mask in selector.select(timeout=0.2):
        print("готов:", key.fileobj is right, "получено:", right.recv(1024))

    selector.close()
    left.close()
    right.close()


main()
