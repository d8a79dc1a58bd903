# Listing 8.2, from manuscript/en/08-exception-handling.md:130
import asyncio
import gc


async def send_report() -> None:
    await asyncio.sleep(0.01)
    raise ConnectionError("mail server unreachable")


async def main() -> None:
    task = asyncio.create_task(send_report(), name="send-report")
    await asyncio.sleep(0.1)
    print("main: forgetting the task")
    del task  # drop the last reference...
    gc.collect()  # ...and make sure it is collected right now
    print("main: done")


asyncio.run(main())
