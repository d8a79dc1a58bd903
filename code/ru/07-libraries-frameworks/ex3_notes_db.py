# Listing 7.17, from manuscript/ru/07-libraries-frameworks.md:1735
import asyncio
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite
import httpx
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

DB_PATH = Path(tempfile.mkdtemp()) / "notes.db"


class NoteIn(BaseModel):
    text: str


class Note(NoteIn):
    id: int


async def get_db() -> AsyncIterator[aiosqlite.Connection]:
    async with aiosqlite.connect(DB_PATH) as db:  # по соединению на запрос
        yield db


app = FastAPI()


@app.post("/notes", status_code=201)
async def create_note(payload: NoteIn, db: aiosqlite.Connection = Depends(get_db)) -> Note:
    cursor = await db.execute("INSERT INTO notes (text) VALUES (?)", (payload.text,))
    await db.commit()
    assert cursor.lastrowid is not None
    return Note(id=cursor.lastrowid, text=payload.text)


@app.get("/notes/{note_id}")
async def read_note(note_id: int, db: aiosqlite.Connection = Depends(get_db)) -> Note:
    async with db.execute("SELECT text FROM notes WHERE id = ?", (note_id,)) as cursor:
        row = await cursor.fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail=f"нет заметки {note_id}")
    return Note(id=note_id, text=row[0])


async def main() -> None:
    # ASGITransport не отправляет события жизненного цикла, поэтому схему создаём заранее.
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        await db.commit()

    transport = httpx.ASGITransport(app=app)  # pyright: ignore[reportArgumentType]
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        for text in ["первая", "вторая"]:
            r = await client.post("/notes", json={"text": text})
            print(r.status_code, r.json())
        for note_id in [2, 3]:
            r = await client.get(f"/notes/{note_id}")
            print(r.status_code, r.json())
    shutil.rmtree(DB_PATH.parent)


asyncio.run(main())
