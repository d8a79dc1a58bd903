# Listing 7.8, from manuscript/ru/07-libraries-frameworks.md:877
import asyncio

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=200)
    tags: list[str] = []


class Note(NoteIn):
    id: int


app = FastAPI(title="Заметки")
notes: dict[int, Note] = {}


@app.post("/notes", status_code=201)
async def create_note(payload: NoteIn) -> Note:
    note = Note(id=len(notes) + 1, **payload.dict())
    notes[note.id] = note
    return note


@app.get("/notes/{note_id}")
async def read_note(note_id: int) -> Note:
    if note_id not in notes:
        raise HTTPException(status_code=404, detail=f"нет заметки {note_id}")
    return notes[note_id]


async def main() -> None:
    # Ни сокета, ни серверного процесса: запросы идут прямо в приложение.
    transport = httpx.ASGITransport(app=app)  # pyright: ignore[reportArgumentType]
    async with httpx.AsyncClient(transport=transport, base_url="http://notes") as client:
        r = await client.post("/notes", json={"text": "купить молоко", "tags": ["дом"]})
        print(r.status_code, r.json())
        r = await client.get("/notes/1")
        print(r.status_code, r.json())
        r = await client.get("/notes/7")
        print(r.status_code, r.json())
        r = await client.get("/notes/seven")
        print(r.status_code, r.json()["detail"][0]["msg"])
        r = await client.post("/notes", json={"text": ""})
        print(r.status_code, r.json()["detail"][0]["msg"])


asyncio.run(main())
