"""GETs that name what does not exist: distinct ?scenario= values on every read that takes one, and distinct 64-hex
run ids. Keep-alive, one connection per thread; prints how many answers of each status came back."""
import hashlib
import http.client
import sys
import threading
from collections import Counter

port, count, threads = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 4
paths = []
for i in range(count):
    if i % 2:
        paths.append(f"/api/runs/{hashlib.sha256(f'unknown-run-{i}'.encode()).hexdigest()}")
    else:
        scenario = f"nosuch-{i}"
        paths.append([
            f"/api/tree?scenario={scenario}",
            f"/api/jurisdictions/dandong/rollup?scenario={scenario}",
            f"/api/jurisdictions/dandong/pairs?scenario={scenario}",
            f"/api/pairs/dandong/new-urban-jobs/forecast?scenario={scenario}",
        ][(i // 2) % 4])
statuses = Counter()
lock = threading.Lock()


def work(part):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    seen = Counter()
    for path in part:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        seen[response.status] += 1
    with lock:
        statuses.update(seen)


workers = [threading.Thread(target=work, args=(paths[k::threads],)) for k in range(threads)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(" ".join(f"{status}: {n}" for status, n in sorted(statuses.items())))
