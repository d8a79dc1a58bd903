# Listing 9.9, from manuscript/ru/09-testing.md:984
import subprocess
import sys

import httpx
import pytest


async def fetch_temperature(client: httpx.AsyncClient, city: str) -> float:
    response = await client.get("/weather", params={"city": city})
    response.raise_for_status()
    return float(response.json()["celsius"])


def weather_api(request: httpx.Request) -> httpx.Response:
    """Заменяет настоящий сервис: отвечает по словарю."""
    temperatures = {"Oslo": -3.5, "Lima": 19.0}
    city = request.url.params.get("city", "")
    if request.url.path != "/weather" or city not in temperatures:
        return httpx.Response(404, json={"error": "unknown city"})
    return httpx.Response(200, json={"celsius": temperatures[city]})


def make_client() -> httpx.AsyncClient:
    transport = httpx.MockTransport(weather_api)
    return httpx.AsyncClient(transport=transport, base_url="https://api.example")


async def test_known_city() -> None:
    async with make_client() as client:
        assert await fetch_temperature(client, "Oslo") == -3.5


async def test_unknown_city_raises() -> None:
    async with make_client() as client:
        with pytest.raises(httpx.HTTPStatusError, match="404"):
            await fetch_temperature(client, "Atlantis")


if __name__ == "__main__":
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--asyncio-mode=auto", __file__]
    )
