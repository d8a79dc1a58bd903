# Listing 15.25, from manuscript/ru/15-future.md:2205
import warnings

import anyio
import sniffio
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

# anyio 3.6 использует API, которое trio 0.22 объявляет устаревшим; глушим только это предупреждение.
warnings.filterwarnings("ignore", message="trio.MultiError is deprecated")


async def producer(send: MemoryObjectSendStream[int]) -> None:
    async with send:  # закрытие последнего потока отправки завершает циклы потребителей
        for job in range(1, 7):
            await send.send(job)  # ждёт, пока буфер полон
            await anyio.sleep(0.01)


async def consumer(receive: MemoryObjectReceiveStream[int], done: list[int]) -> None:
    async with receive:
        async for job in receive:  # останавливается в конце потока, как при QueueShutDown
            await anyio.sleep(0.02)
            done.append(job)


async def main() -> None:
    done: list[int] = []
    send, receive = anyio.create_memory_object_stream(max_buffer_size=2, item_type=int)
    async with anyio.create_task_group() as tg:
        tg.start_soon(producer, send)
        for _ in range(2):
            tg.start_soon(consumer, receive.clone(), done)
        receive.close()  # клоны держат принимающую сторону открытой
    print(f"{sniffio.current_async_library():7} выполнены задания: {sorted(done)}")


for backend in ["asyncio", "trio"]:
    anyio.run(main, backend=backend)
