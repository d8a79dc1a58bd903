# Listing 2.5, from manuscript/en/02-sync-vs-async.md:463
import selectors
import socket
import time


def main() -> None:
    left, right = socket.socketpair()  # two connected sockets
    right.setblocking(False)

    try:
        right.recv(1024)
    except BlockingIOError:
        print("recv on an empty non-blocking socket: BlockingIOError")

    selector = selectors.DefaultSelector()
    print("selector on this system:", type(selector).__name__)
    selector.register(right, selectors.EVENT_READ)

    cpu = time.process_time()
    events = selector.select(timeout=0.2)  # the thread sleeps in the kernel
    select_cpu = time.process_time() - cpu
    print("sockets ready after waiting 0.2 s:", len(events))

    cpu = time.process_time()
    deadline = time.monotonic() + 0.2
    while time.monotonic() < deadline:  # busy polling: the wrong way
        try:
            right.recv(1024)
        except BlockingIOError:
            pass
    busy_cpu = time.process_time() - cpu
    print("busy polling burned more CPU:", busy_cpu > select_cpu + 0.005)

    left.sendall(b"hello")
    for key, _mask in selector.select(timeout=0.2):
        print("ready:", key.fileobj is right, "received:", right.recv(1024))

    selector.close()
    left.close()
    right.close()


main()
