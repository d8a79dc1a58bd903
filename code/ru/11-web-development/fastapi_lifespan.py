# Listing 11.3, from manuscript/ru/11-web-development.md:364
import asyncio
import socket
import sqlite3
import tempfile
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite
import httpx
import uvicorn  # pyright: ignore[reportMissingTypeStubs]
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel


class Database:
    """Одно общее соединение; его открывает и закрывает lifespan приложения."""

    def __init__(self) -> None:
        self._conn: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()

    @asynccontextmanager
    async def opened(self, path: Path) -> AsyncGenerator[None, None]:
        async with aiosqlite.connect(path, isolation_level=None) as conn:
            await conn.executescript(
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"
                "CREATE TABLE tags (note_id INT, tag TEXT CHECK (length(tag) <= 10));"
            )
            self._conn = conn
            try:
                yield
            finally:
                self._conn = None

    @asynccontextmanager
    async def transaction(self) -> AsyncGenerator[aiosqlite.Connection, None]:
        if self._conn is None:
            raise RuntimeError("база данных не открыта")
        async with self._lock:  # транзакции на общем соединении идут по очереди
            try:
                await self._conn.execute("BEGIN")  # внутри try: см. ниже
                yield self._conn
            except BaseException:
                await self._conn.rollback()
                raise
            await self._conn.commit()


class NoteIn(BaseModel):
    text: str
    tags: list[str] = []


db = Database()


async def get_db() -> Database:
    return db


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncGenerator[None, None]:
    with tempfile.TemporaryDirectory() as tmp:
        async with db.opened(Path(tmp) / "notes.db"):
            print("[lifespan] база данных открыта")
            yield
        print("[lifespan] база данных закрыта")


app = FastAPI()
app.router.lifespan_context = lifespan  # FastAPI 0.93+: FastAPI(lifespan=lifespan)


@app.post("/notes", status_code=201)
async def create_note(note: NoteIn, database: Database = Depends(get_db)) -> dict[str, int]:
    try:
        async with database.transaction() as conn:
            cursor = await conn.execute("INSERT INTO notes (text) VALUES (?)", (note.text,))
            note_id = cursor.lastrowid
            assert note_id is not None
            await conn.executemany(
                "INSERT INTO tags VALUES (?, ?)", [(note_id, tag) for tag in note.tags]
            )
    except sqlite3.IntegrityError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    return {"id": note_id}


@app.get("/stats")
async def stats(database: Database = Depends(get_db)) -> dict[str, int]:
    async with database.transaction() as conn:
        async with conn.execute(
            "SELECT (SELECT count(*) FROM notes), (SELECT count(*) FROM tags)"
        ) as cursor:
            row = await cursor.fetchone()
    assert row is not None
    return {"notes": row[0], "tags": row[1]}


async def main() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    serve_task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not serve_task.done():
        await asyncio.sleep(0.01)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            notes = [
                {"text": "купить молоко", "tags": ["дом", "еда"]},
                {"text": "позвонить Аде", "tags": ["работа", "очень-длинный-тег"]},
                {"text": "прочитать PEP 789"},
            ]
            for note in notes:
                r = await client.post("/notes", json=note)
                print(r.status_code, r.json())
            print((await client.get("/stats")).json())
    finally:
        server.should_exit = True
        await serve_task


asyncio.run(main())
