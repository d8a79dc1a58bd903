# Listing 5.11, from manuscript/en/05-asyncio-module.md:941
import asyncio


async def save_order(order_id: int) -> str:
    print(f"save: writing order {order_id}")
    await asyncio.sleep(0.3)
    print(f"save: order {order_id} committed")
    return f"order {order_id} saved"


async def handle_request(order_id: int) -> None:
    save = asyncio.create_task(save_order(order_id))
    try:
        async with asyncio.timeout(0.1):
            print("handler:", await asyncio.shield(save))
    except TimeoutError:
        print("handler: client gave up; saving continues in the background")
    print("handler: the save task was cancelled?", save.cancelled())
    print("handler:", await save)  # the same task, still running


asyncio.run(handle_request(7))
