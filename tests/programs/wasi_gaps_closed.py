# What WASI lacks, closed in the runtime: host names, executors without threads (run
# inline), sysconfig's data module (imported by computed name), time zones.
import asyncio
import concurrent.futures
import datetime
import socket
import sysconfig
import zoneinfo

print(isinstance(socket.gethostname(), str), isinstance(socket.getfqdn(), str))
print(sorted(sysconfig.get_paths())[:3], sysconfig.get_config_var("py_version_short"))


def work(x, y=1):
    return x * 10 + y


async def main():
    loop = asyncio.get_running_loop()
    a = await loop.run_in_executor(None, work, 4)
    b = await asyncio.to_thread(work, 5, y=2)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
        c = await loop.run_in_executor(ex, work, 6)
        d = ex.submit(work, 7).result()
    return a, b, c, d


print(asyncio.run(main()))
paris = zoneinfo.ZoneInfo("Europe/Paris")
for month in (1, 7):
    t = datetime.datetime(2024, month, 1, 12, tzinfo=paris)
    print(t.isoformat(), t.tzname(), t.astimezone(zoneinfo.ZoneInfo("America/New_York")).isoformat())
try:
    zoneinfo.ZoneInfo("No/Such_Zone")
except zoneinfo.ZoneInfoNotFoundError as e:
    print("ZoneInfoNotFoundError", e)
