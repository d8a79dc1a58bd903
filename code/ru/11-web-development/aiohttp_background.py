# Listing 11.4, from manuscript/ru/11-web-development.md:568
import asyncio
import itertools
from collections.abc import AsyncIterator

from aiohttp import ClientSession, web


async def perform(seconds: float) -> None:
    if seconds < 0:
        raise ValueError("отрицательная длительность")
    await asyncio.sleep(seconds)  # собственно работа


class Jobs:
    def __init__(self) -> None:
        self.queue: asyncio.Queue[tuple[int, float]] = asyncio.Queue(maxsize=100)
        self.status: dict[int, str] = {}  # настоящий сервис сохранял бы их и удалял старые
        self.ids = itertools.count(1)

    async def submit(self, request: web.Request) -> web.Response:
        seconds = float((await request.json())["seconds"])
        job_id = next(self.ids)
        try:
            self.queue.put_nowait((job_id, seconds))
        except asyncio.QueueFull:
            raise web.HTTPServiceUnavailable(text="слишком много заданий, попробуйте позже")
        self.status[job_id] = "queued"
        return web.json_response({"id": job_id}, status=202)  # принято, но ещё не выполнено

    async def get_status(self, request: web.Request) -> web.Response:
        job_id = int(request.match_info["job_id"])
        if job_id not in self.status:
            raise web.HTTPNotFound(text=f"нет задания {job_id}")
        return web.json_response({"id": job_id, "status": self.status[job_id]})

    async def worker(self) -> None:
        while True:
            job_id, seconds = await self.queue.get()
            self.status[job_id] = "running"
            try:
                await perform(seconds)
                self.status[job_id] = "done"
            except asyncio.CancelledError:
                self.status[job_id] = "interrupted"
                raise  # отмену никогда не проглатываем
            except Exception as exc:  # одно плохое задание не должно убить рабочего
                self.status[job_id] = f"failed: {exc!r}"
            finally:
                self.queue.task_done()

    async def run_worker(self, app: web.Application) -> AsyncIterator[None]:
        task = asyncio.create_task(self.worker(), name="job-worker")
        print("[приложение] рабочий запущен")
        yield
        task.cancel()
        await asyncio.wait([task])  # ждём, пока он действительно завершится
        if not task.cancelled() and task.exception() is not None:
            print("[приложение] рабочий упал:", repr(task.exception()))
        print("[приложение] рабочий остановлен, отменён:", task.cancelled())


async def main() -> None:
    jobs = Jobs()
    app = web.Application()
    app.cleanup_ctx.append(jobs.run_worker)
    app.add_routes(
        [web.post("/jobs", jobs.submit), web.get(r"/jobs/{job_id:\d+}", jobs.get_status)]
    )
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        async with ClientSession(f"http://127.0.0.1:{port}") as session:
            for seconds in [0.1, -1, 0.1, 0.5]:
                async with session.post("/jobs", json={"seconds": seconds}) as resp:
                    print(resp.status, await resp.json())
            async with asyncio.timeout(5):
                while True:  # опрашиваем, пока третье задание не выполнится
                    async with session.get("/jobs/3") as resp:
                        if (await resp.json())["status"] == "done":
                            break
                    await asyncio.sleep(0.05)
            async with session.get("/jobs/99") as resp:
                print(resp.status, await resp.text())
    finally:
        await runner.cleanup()
    for job_id, status in jobs.status.items():
        print(f"задание {job_id}: {status}")


asyncio.run(main())
