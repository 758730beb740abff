#!/usr/bin/env python3
"""Summarises an async-profiler collapsed-stack file: where the CPU of one benchmarked request goes.

usage: profile-summary.py FILE.collapsed TITLE

Prints Markdown: the share of samples under each component (inclusive: a sample counts for every component on
its stack, so the shares overlap) and the 20 hottest frames by self time. The HTTP layer calls the next handler
from inside the previous one, so a router-level component (authentication, request id) would include all that
follows it: only leaf-side components are listed.
"""
import collections
import sys

# (label, substrings of a frame that put a sample under the component)
COMPONENTS = [
    ("JWT verification (smallrye-jwt, jose4j)", ("io/smallrye/jwt", "org/jose4j")),
    ("  of which RSA signature check", ("sun/security/rsa", "java/math/BigInteger")),
    ("Database: JDBC driver and pool (pgjdbc, Agroal)", ("org/postgresql", "io/agroal")),
    ("Transactions and ORM (Narayana, Hibernate)", ("com/arjuna", "org/hibernate", "io/quarkus/narayana")),
    ("JSON (Jackson)", ("com/fasterxml/jackson",)),
    ("REST layer (RESTEasy Reactive)", ("org/jboss/resteasy/reactive",)),
    ("Security interceptors (Quarkus security)", ("io/quarkus/security/runtime/interceptor",)),
    ("Caches (Caffeine, Quarkus cache)", ("com/github/benmanes/caffeine", "io/quarkus/cache")),
    ("Metrics (Micrometer)", ("io/micrometer",)),
    ("Logging (JBoss LogManager)", ("org/jboss/logmanager",)),
    ("Service code (id/jembatan)", ("id/jembatan",)),
    ("Kernel (system calls: network, futex)", ("[k]",)),
    ("Garbage collection", ("GCTaskThread", "SerialHeap", "GenCollectedHeap", "G1", "DefNewGeneration", "VM_GC")),
    ("JIT compiler threads", ("CompileBroker", "C2Compiler", "C1Compiler")),
    ("Worker threads (blocking requests)", ("EnhancedQueueExecutor",)),
    ("  of which parked or waking (the hand-off)", ("PoolThreadNode.park",)),
    ("Vert.x event loops (HTTP I/O, non-blocking requests)", ("io/netty/channel/nio/NioEventLoop",)),
]


def main(path, title):
    stacks = collections.Counter()
    for line in open(path, encoding="utf-8", errors="replace"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if stack and count.isdigit():
            stacks[stack] += int(count)
    total = sum(stacks.values())
    if total == 0:
        print(f"### {title}\n\nNo samples.\n")
        return
    inclusive = collections.Counter()
    self_time = collections.Counter()
    for stack, count in stacks.items():
        frames = stack.split(";")
        self_time[frames[-1]] += count
        for label, markers in COMPONENTS:
            if any(marker in frame for frame in frames for marker in markers):
                inclusive[label] += count
    print(f"### {title}\n")
    print(f"{total} samples.\n")
    print("| component (inclusive) | share of CPU samples |")
    print("|---|---|")
    for label, _ in COMPONENTS:
        print(f"| {label} | {100.0 * inclusive[label] / total:.1f} % |")
    print("\n| hottest frames (self) | share |")
    print("|---|---|")
    for frame, count in self_time.most_common(20):
        print(f"| `{frame[:110]}` | {100.0 * count / total:.1f} % |")
    print()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
