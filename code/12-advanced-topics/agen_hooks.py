# Listing 12.3, from manuscript/en/12-advanced-topics.md:300
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
        print(f"    {label}: finally runs in {task.get_name() if task else '?'}")


def label_of(agen: AsyncGenerator[Any, Any]) -> str:
    # The frame of a paused generator still holds its arguments.
    assert isinstance(agen, types.AsyncGeneratorType) and agen.ag_frame
    return agen.ag_frame.f_locals["label"]


async def main() -> None:
    loop_hooks = sys.get_asyncgen_hooks()  # asyncio's, installed by the loop

    def firstiter(agen: AsyncGenerator[Any, Any]) -> None:
        print(f"  firstiter({label_of(agen)})")
        if loop_hooks.firstiter is not None:
            loop_hooks.firstiter(agen)

    def finalizer(agen: AsyncGenerator[Any, Any]) -> None:
        print(f"  finalizer({label_of(agen)})")
        if loop_hooks.finalizer is not None:
            loop_hooks.finalizer(agen)

    sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)

    print("run to the end:")
    async for _ in count("a", 2):
        pass
    print("break out of the loop:")
    async for _ in count("b", 5):
        break
    print("  loop left")
    await asyncio.sleep(0.01)
    print("aclosing:")
    async with aclosing(count("c", 5)) as gen:
        async for _ in gen:
            break
    print("  block left")


asyncio.run(main())
