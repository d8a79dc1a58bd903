# Listing 12.10, from manuscript/ru/12-advanced-topics.md:1104
import asyncio
import contextvars

user: contextvars.ContextVar[str] = contextvars.ContextVar("user", default="anonymous")


async def child(label: str) -> None:
    print(f"  {label}: видит {user.get()!r}")
    user.set(f"установлено ({label})")  # меняет только копию этой задачи
    await asyncio.sleep(0.01)
    print(f"  {label}: теперь {user.get()!r}")


def callback(label: str) -> None:
    print(f"  {label}: видит {user.get()!r}")


async def main() -> None:
    print("задачи копируют контекст при создании:")
    user.set("alice")
    task = asyncio.create_task(child("задача 1"))
    user.set("bob")  # для задачи 1 уже поздно: у неё своя копия
    await task
    print(f"  main: по-прежнему {user.get()!r}")

    print("корутина, ожидаемая напрямую, разделяет контекст вызывающего:")
    await child("прямой вызов")
    print(f"  main: теперь {user.get()!r}")

    print("reset() восстанавливает прежнее значение:")
    token = user.set("carol")
    print(f"  main: {user.get()!r}")
    user.reset(token)
    print(f"  main: снова {user.get()!r}")

    print("явный контекст (Python 3.11+):")
    ctx = contextvars.Context()  # пустой контекст: у всех переменных значения по умолчанию
    await asyncio.create_task(child("задача 2"), context=ctx)
    print(f"  контекст после этого: {ctx[user]!r}")

    print("колбэки:")
    loop = asyncio.get_running_loop()
    loop.call_soon(callback, "call_soon")
    loop.call_soon(callback, "call_soon с context", context=ctx)
    await asyncio.sleep(0.01)


asyncio.run(main())
