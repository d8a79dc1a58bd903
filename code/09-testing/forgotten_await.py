# Listing 9.12, from manuscript/en/09-testing.md:1375
# pyright: reportUnusedCoroutine=false
import asyncio
import subprocess
import sys


class AuditLog:
    def __init__(self) -> None:
        self.entries: list[str] = []

    async def record(self, entry: str) -> None:
        await asyncio.sleep(0)  # a real log would write to a database
        self.entries.append(entry)


async def transfer(log: AuditLog, amount: int) -> str:
    log.record(f"transfer {amount}")  # BUG: missing await
    return "ok"


async def test_transfer() -> None:
    assert await transfer(AuditLog(), 10) == "ok"


if __name__ == "__main__":
    base = [sys.executable, "-m", "pytest", "-q", "--tb=no", "-rf",
            "-p", "no:cacheprovider", "--asyncio-mode=auto", __file__]
    subprocess.run(base)
    print("--- again, with -W error ---")
    subprocess.run([*base, "-W", "error"])
