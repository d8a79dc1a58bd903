# Listing 8.2, from manuscript/ru/08-exception-handling.md:133
import asyncio
import gc


async def send_report() -> None:
    await asyncio.sleep(0.01)
    raise ConnectionError("почтовый сервер недоступен")


async def main() -> None:
    task = asyncio.create_task(send_report(), name="send-report")
    await asyncio.sleep(0.1)
    print("main: забываем о задаче")
    del task  # отбрасываем последнюю ссылку...
    gc.collect()  # ...и добиваемся, чтобы задачу собрали прямо сейчас
    print("main: готово")


asyncio.run(main())
