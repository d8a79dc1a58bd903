# Listing 15.1, from manuscript/ru/15-future.md:53
import asyncio
import sys

FEATURES = [
    ("3.11", "TaskGroup", asyncio, "TaskGroup"),
    ("3.11", "timeout", asyncio, "timeout"),
    ("3.11", "Runner", asyncio, "Runner"),
    ("3.12", "eager_task_factory", asyncio, "eager_task_factory"),
    ("3.13", "QueueShutDown", asyncio, "QueueShutDown"),
    ("3.13", "Queue.shutdown", asyncio.Queue, "shutdown"),
    ("3.13", "Server.close_clients", asyncio.Server, "close_clients"),
    ("3.14", "capture_call_graph", asyncio, "capture_call_graph"),
    ("3.14", "print_call_graph", asyncio, "print_call_graph"),
]


def main() -> None:
    print("работаем на Python", ".".join(map(str, sys.version_info[:2])))
    for version, label, owner, attribute in FEATURES:
        present = hasattr(owner, attribute)
        print(f"  {version}  {label:22} {'да' if present else 'нет'}")


main()
