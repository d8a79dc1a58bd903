# Listing 5.11, from manuscript/ru/05-asyncio-module.md:849
import asyncio


async def save_order(order_id: int) -> str:
    print(f"save: записываю заказ {order_id}")
    await asyncio.sleep(0.3)
    print(f"save: заказ {order_id} зафиксирован")
    return f"заказ {order_id} сохранён"


async def handle_request(order_id: int) -> None:
    save = asyncio.create_task(save_order(order_id))
    try:
        async with asyncio.timeout(0.1):
            print("обработчик:", await asyncio.shield(save))
    except TimeoutError:
        print("обработчик: клиент не дождался; сохранение продолжается в фоне")
    print("обработчик: задача сохранения отменена?", save.cancelled())
    print("обработчик:", await save)  # та же задача, всё ещё работает


asyncio.run(handle_request(7))
