# Listing 11.8, from manuscript/ru/11-web-development.md:1062
# pyright: reportUnknownMemberType=false
import asyncio

from aiohttp import ClientSession, WSCloseCode, WSMsgType, web


class ChatRoom:
    def __init__(self) -> None:
        self.members: dict[str, web.WebSocketResponse] = {}
        self.shutting_down = False

    async def join(self, request: web.Request) -> web.WebSocketResponse:
        name = request.query["name"]
        if name in self.members:  # не подменять молча другого участника
            raise web.HTTPConflict(text=f"имя {name} занято")
        ws = web.WebSocketResponse(heartbeat=5, max_msg_size=4096)
        await ws.prepare(request)  # HTTP-рукопожатие с Upgrade
        self.members[name] = ws
        await self.broadcast(f"{name} входит в чат")
        try:
            async for msg in ws:  # заканчивается, когда соединение закрывается
                if msg.type == WSMsgType.TEXT:
                    await self.broadcast(f"{name}: {msg.data}")
        finally:
            del self.members[name]
            if self.shutting_down:
                await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")
            else:
                await self.broadcast(f"{name} выходит из чата")
        return ws

    async def broadcast(self, text: str) -> None:
        for ws in list(self.members.values()):
            if ws.closed:
                continue
            try:
                await ws.send_str(text)
            except ConnectionResetError:
                pass  # соединение участника умерло; его уберёт собственный обработчик

    async def close_all(self, app: web.Application) -> None:  # on_shutdown
        self.shutting_down = True
        for ws in list(self.members.values()):
            await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")


async def main() -> None:
    room = ChatRoom()
    app = web.Application()
    app.router.add_get("/chat", room.join)
    app.on_shutdown.append(room.close_all)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]

    async with ClientSession(f"http://127.0.0.1:{port}") as session:
        async with session.ws_connect("/chat?name=ada") as ada:
            print("ada видит:", await ada.receive_str(timeout=2))
            async with session.ws_connect("/chat?name=bob") as bob:
                print("ada видит:", await ada.receive_str(timeout=2))
                print("bob видит:", await bob.receive_str(timeout=2))
                await ada.send_str("привет, bob")
                print("ada видит:", await ada.receive_str(timeout=2))
                print("bob видит:", await bob.receive_str(timeout=2))
            print("ada видит:", await ada.receive_str(timeout=2))  # bob вышел

            # Останавливаем сервер, пока ada ещё подключена.
            cleanup = asyncio.create_task(runner.cleanup())
            msg = await ada.receive(timeout=2)  # клиент отвечает на кадр закрытия
            print(f"ada получает: {msg.type.name} {msg.data} {msg.extra}")
            await cleanup
            print("ada закрыта:", ada.closed, "код:", ada.close_code)

asyncio.run(main())
