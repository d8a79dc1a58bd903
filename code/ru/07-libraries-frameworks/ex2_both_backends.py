# Listing 7.16, from manuscript/ru/07-libraries-frameworks.md:1692
import warnings

import anyio
import httpx
import sniffio
from fastapi import FastAPI

# anyio 3.6 использует API, устаревший в trio 0.22; глушим только это предупреждение.
warnings.filterwarnings("ignore", message="trio.MultiError is deprecated")

app = FastAPI()


@app.get("/whoami")
async def whoami() -> dict[str, str]:
    return {"сервер на": sniffio.current_async_library()}


async def main() -> None:
    transport = httpx.ASGITransport(app=app)  # pyright: ignore[reportArgumentType]
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.get("/whoami")
        print("клиент на", sniffio.current_async_library(), "->", response.json())


for backend in ["asyncio", "trio"]:
    anyio.run(main, backend=backend)
