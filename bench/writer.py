#!/usr/bin/env python3
"""A stream of agreement creates for fault tests: WORKERS threads, each request with its own title and
Idempotency-Key, until the stop file appears. Prints one line per request: title, status, id (or -), and when the
request was sent and when its answer came (seconds since the epoch)."""
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.request

url, token, prefix, stop_file = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
workers = int(os.environ.get("WORKERS", "4"))
lock = threading.Lock()


def body(title):
    return json.dumps({"title": title, "form": "KSDPL", "type": "SISTER_CITY", "indonesianRegionCode": "36.73",
                       "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"}, "sectors": ["TOURISM"]}).encode()


def work(worker):
    n = 0
    while not os.path.exists(stop_file):
        n += 1
        title = f"{prefix}-{worker}-{n}"
        request = urllib.request.Request(url, data=body(title), method="POST", headers={
            "Authorization": "Bearer " + token, "Content-Type": "application/json", "Idempotency-Key": title})
        sent = time.time()
        try:
            with urllib.request.urlopen(request, timeout=15) as response:
                status, ident = response.status, json.load(response)["id"]
        except urllib.error.HTTPError as e:
            status, ident = e.code, "-"
        except Exception:  # connection refused or reset: the service itself is down
            status, ident = 0, "-"
        with lock:
            print(title, status, ident, f"{sent:.6f}", f"{time.time():.6f}", flush=True)


threads = [threading.Thread(target=work, args=(w,)) for w in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
