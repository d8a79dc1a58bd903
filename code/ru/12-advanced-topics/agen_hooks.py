# Listing 12.3, from manuscript/ru/12-advanced-topics.md:264
import asyncio
import sys
import types
from collections.abc import AsyncGenerator
from contextlib import aclosing
from typing import Any


async def count(label: str, n: int) -> AsyncGenerator[int, None]:
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        task = asyncio.current_task()
        print(f"    {label}: finally выполняется в {task.get_name() if task else '?'}")


def label_of(agen: AsyncGenerator[Any, Any]) -> str:
    # Кадр приостановленного генератора всё ещё хранит его аргументы.
    assert isinstance(agen, types.AsyncGeneratorType) and agen.ag_frame
    return agen.ag_frame.f_locals["label"]


async def main() -> None:
    loop_hooks = sys.get_asyncgen_hooks()  # хуки asyncio, установленные циклом

    def firstiter(agen: AsyncGenerator[Any, Any]) -> None:
        print(f"  firstiter({label_of(agen)})")
        if loop_hooks.firstiter is not None:
            loop_hooks.firstiter(agen)

    def finalizer(agen: AsyncGenerator[Any, Any]) -> None:
        print(f"  finalizer({label_of(agen)})")
        if loop_hooks.finalizer is not None:
            loop_hooks.finalizer(agen)

    sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)

    print("до конца:")
    async for _ in count("a", 2):
        pass
    print("выход из цикла через break:")
    async for _ in count("b", 5):
        break
    print("  цикл покинут")
    await asyncio.sleep(0.01)
    print("aclosing:")
    async with aclosing(count("c", 5)) as gen:
        async for _ in gen:
            break
    print("  блок покинут")


asyncio.run(main())
