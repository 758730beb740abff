#!/usr/bin/env python3
"""Coherence of two replicas of agreements-service: WRITES updates of agreements through one replica, each read
back through the other until it shows the new version. The reading replica keeps recently read views in memory
(the agreement-views cache), dropped when its change-feed follower sees the change; before each write the reading
replica has the current version cached, so each measurement is the delay of that mechanism.

usage: coherence.py WRITE_URL READ_URL TOKEN [WRITES] [PARALLEL]
Prints one line per write (ms from the write's answer to the last read that still showed the old version, and to
the first read that showed the new one), then a summary line: writes, max_stale_ms, max_fresh_ms, p50/p99, and
stale_after_1s (reads started more than a second after the write's answer that still showed the old version)."""
import json
import sys
import threading
import time
import urllib.error
import urllib.request

write_url, read_url, token = sys.argv[1], sys.argv[2], sys.argv[3]
writes = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
parallel = int(sys.argv[5]) if len(sys.argv) > 5 else 20
POLL = 0.01
lock = threading.Lock()
results = []  # (stale_ms, fresh_ms, stale_reads_after_1s)
errors = []
retried = [0]  # updates answered 503 (nothing stored) and sent again


def call(method, url, body=None, headers=None):
    request = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None, method=method,
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json",
                                              **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.headers.get("ETag"), json.load(response)
    except urllib.error.HTTPError as e:
        return e.code, None, e.read().decode(errors="replace")


def agreement(title):
    return {"title": title, "form": "KSDPL", "type": "SISTER_CITY", "indonesianRegionCode": "36.73",
            "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"}, "sectors": ["TOURISM"]}


def worker(k, count):
    key = f"coherence-{k}-{time.time_ns()}"
    for _ in range(10):  # the agreement to update; a cold directory-service may open the circuit breaker briefly
        status, etag, created = call("POST", write_url + "/agreements", agreement(f"coherence-{k}-0"),
                                     {"Idempotency-Key": key})
        if status != 503:
            break
        time.sleep(1)
    if status != 201:
        errors.append(f"create {status} {created}")
        return
    ident = created["id"]
    for i in range(1, count + 1):
        # the reading replica caches the current version (and shows it: it was written before the last measurement)
        for _ in range(300):
            status, seen, _ = call("GET", f"{read_url}/agreements/{ident}")
            if seen == etag:
                break
            time.sleep(POLL)
        for _ in range(20):  # a 503 stored nothing (directory-service's breaker open): the same update again
            status, new_etag, body = call("PUT", f"{write_url}/agreements/{ident}", agreement(f"coherence-{k}-{i}"),
                                          {"If-Match": etag})
            if status != 503:
                break
            with lock:
                retried[0] += 1
            time.sleep(0.5)
        answered = time.monotonic()
        if status != 200:
            errors.append(f"update {status} {body}")
            return
        last_stale_start, stale_after_1s = 0.0, 0
        while True:
            started = time.monotonic()
            status, seen, _ = call("GET", f"{read_url}/agreements/{ident}")
            if seen == new_etag:
                fresh = time.monotonic() - answered
                break
            last_stale_start = started - answered
            if last_stale_start > 1.0:
                stale_after_1s += 1
            if last_stale_start > 30:
                errors.append(f"{ident} still shows {seen} instead of {new_etag} after 30 s")
                return
            time.sleep(POLL)
        with lock:
            results.append((last_stale_start * 1000, fresh * 1000, stale_after_1s))
            print(f"write {k}-{i} stale_until_ms {last_stale_start * 1000:.0f} fresh_after_ms {fresh * 1000:.0f}",
                  flush=True)
        etag = new_etag


threads = [threading.Thread(target=worker, args=(k, writes // parallel + (1 if k < writes % parallel else 0)))
           for k in range(parallel)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for e in errors[:10]:
    print("error", e, flush=True)
stale = sorted(r[0] for r in results)
fresh = sorted(r[1] for r in results)
if not results:
    print("summary writes 0 errors", len(errors))
    sys.exit(1)
pct = lambda values, p: values[min(len(values) - 1, int(len(values) * p))]
print(f"summary writes {len(results)} errors {len(errors)} max_stale_ms {stale[-1]:.0f} max_fresh_ms {fresh[-1]:.0f} "
      f"p50_fresh_ms {pct(fresh, 0.5):.0f} p99_fresh_ms {pct(fresh, 0.99):.0f} "
      f"stale_after_1s {sum(r[2] for r in results)} retried_503 {retried[0]}", flush=True)
