#!/usr/bin/env python3
"""A steady stream of reads and writes through the public ports, for rolling restarts: until the stop file appears,
two threads create agreements (each with its own title and Idempotency-Key), two read agreements created so far,
one reads a region from directory-service and one assesses agreements created so far (assessment-service calls
agreements-service and directory-service in turn). One line per request: kind, status, title (writes) or -, and for
a failure when it happened and the problem's detail.

usage: traffic.py TOKEN PREFIX STOP_FILE"""
import json
import os
import random
import sys
import threading
import time
import urllib.error
import urllib.request

token, prefix, stop_file = sys.argv[1], sys.argv[2], sys.argv[3]
lock = threading.Lock()
created = []


def call(method, url, body=None, headers=None):
    request = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None, method=method,
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json",
                                              **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")[:300]
    except Exception as e:  # refused, reset or timed out: no answer at all
        return 0, repr(e)


def failure(status, body):
    return "" if 200 <= status < 300 else f"{time.strftime('%H:%M:%S')} " + " ".join(str(body).split())


def log(kind, status, detail="-", body=None):
    with lock:
        print(kind, status, detail, failure(status, body), flush=True)


def writer(w):
    n = 0
    while not os.path.exists(stop_file):
        n += 1
        title = f"{prefix}-{w}-{n}"
        status, body = call("POST", "http://localhost:8082/agreements",
                            {"title": title, "form": "KSDPL", "type": "SISTER_CITY", "indonesianRegionCode": "36.73",
                             "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"}, "sectors": ["TOURISM"]},
                            {"Idempotency-Key": title})
        if status == 201:
            with lock:
                created.append(body["id"])
        log("write", status, title, body)


def pick():
    with lock:
        return random.choice(created) if created else None


def reader():
    while not os.path.exists(stop_file):
        ident = pick()
        if ident is None:
            time.sleep(0.05)
            continue
        status, body = call("GET", f"http://localhost:8082/agreements/{ident}")
        log("read-agreement", status, "-", body)


def region_reader():
    while not os.path.exists(stop_file):
        status, body = call("GET", "http://localhost:8081/regions/by-code/KEMENDAGRI/36.73")
        log("read-region", status, "-", body)
        time.sleep(0.02)


def assessor():
    while not os.path.exists(stop_file):
        ident = pick()
        if ident is None:
            time.sleep(0.05)
            continue
        status, body = call("POST", "http://localhost:8083/assessments", {"agreementId": ident})
        log("assess", status, "-", body)
        time.sleep(0.1)


threads = [threading.Thread(target=writer, args=(w,)) for w in range(2)] \
    + [threading.Thread(target=reader) for _ in range(2)] \
    + [threading.Thread(target=region_reader), threading.Thread(target=assessor)]
for t in threads:
    t.start()
for t in threads:
    t.join()
