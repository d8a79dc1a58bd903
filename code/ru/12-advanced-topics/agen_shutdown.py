# Listing 12.4, from manuscript/ru/12-advanced-topics.md:359
import asyncio
import gc
from collections.abc import AsyncGenerator

open_generators: list[AsyncGenerator[int, None]] = []


async def rows(label: str) -> AsyncGenerator[int, None]:
    try:
        for row in range(100):
            await asyncio.sleep(0)
            yield row
    finally:
        await asyncio.sleep(0.01)
        print(f"  {label}: курсор закрыт")


async def main(label: str) -> None:
    cursor = rows(label)
    open_generators.append(cursor)  # что-то удерживает генератор в живых
    print(f"  {label}: первая строка — {await anext(cursor)}")


print("asyncio.run:")
asyncio.run(main("run"))
open_generators.clear()

print("цикл закрыт без shutdown_asyncgens():")
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(main("manual"))
finally:
    loop.close()
open_generators.clear()
gc.collect()
print("  курсор так и не был закрыт")
