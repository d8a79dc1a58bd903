# Listing 12.10, from manuscript/en/12-advanced-topics.md:1237
import asyncio
import contextvars

user: contextvars.ContextVar[str] = contextvars.ContextVar("user", default="anonymous")


async def child(label: str) -> None:
    print(f"  {label}: sees {user.get()!r}")
    user.set(f"set by {label}")  # changes only this task's copy
    await asyncio.sleep(0.01)
    print(f"  {label}: now {user.get()!r}")


def callback(label: str) -> None:
    print(f"  {label}: sees {user.get()!r}")


async def main() -> None:
    print("tasks copy the context when they are created:")
    user.set("alice")
    task = asyncio.create_task(child("task 1"))
    user.set("bob")  # too late for task 1: it has its own copy
    await task
    print(f"  main: still {user.get()!r}")

    print("awaiting a coroutine directly shares the caller's context:")
    await child("direct call")
    print(f"  main: now {user.get()!r}")

    print("reset() restores the previous value:")
    token = user.set("carol")
    print(f"  main: {user.get()!r}")
    user.reset(token)
    print(f"  main: back to {user.get()!r}")

    print("an explicit context (Python 3.11+):")
    ctx = contextvars.Context()  # an empty context: every variable at its default
    await asyncio.create_task(child("task 2"), context=ctx)
    print(f"  the context afterwards: {ctx[user]!r}")

    print("callbacks:")
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "call_soon")
    loop.call_soon(callback, "call_soon with context", context=ctx)
    await asyncio.sleep(0.01)


asyncio.run(main())
