# Listing 9.12, from manuscript/ru/09-testing.md:1390
# pyright: reportUnusedCoroutine=false
import asyncio
import subprocess
import sys


class AuditLog:
    def __init__(self) -> None:
        self.entries: list[str] = []

    async def record(self, entry: str) -> None:
        await asyncio.sleep(0)  # настоящий журнал писал бы в базу данных
        self.entries.append(entry)


async def transfer(log: AuditLog, amount: int) -> str:
    log.record(f"перевод {amount}")  # ОШИБКА: пропущен await
    return "ok"


async def test_transfer() -> None:
    assert await transfer(AuditLog(), 10) == "ok"


if __name__ == "__main__":
    base = [sys.executable, "-m", "pytest", "-q", "--tb=no", "-rf",
            "-p", "no:cacheprovider", "--asyncio-mode=auto", __file__]
    subprocess.run(base)
    print("--- ещё раз, с -W error ---")
    subprocess.run([*base, "-W", "error"])
