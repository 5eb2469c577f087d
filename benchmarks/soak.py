#!/usr/bin/env python3
"""The heavy half of benchmarks/soak.sh: against a service on loopback, for one round of SECONDS,
 - at 20 % of the round, 200 heavy requests (a simulation of 1,000,000 iterations) sent and abandoned at once
   (the connection reset right after),
 - the service's resident memory (VmRSS) read every 100 ms,
and in MODE mix also
 - two clients that run heavy requests one after another (waiting Retry-After when told to),
 - at 40 %, 50 bodies of the largest model the limits allow sent at once to /calculate and /sensitivity.
Prints one JSON line: answers by status, the largest RSS in MB. Loopback only; bounded in count and time.
   python3 soak.py PORT PID SECONDS SMALL_MODEL LARGE_MODEL MODE"""
import json, socket, struct, sys, threading, time

port, pid, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
small, large = open(sys.argv[4], "rb").read(), open(sys.argv[5], "rb").read()
mix = sys.argv[6] == "mix"
host = "127.0.0.1"
statuses, lock, rss_max = {}, threading.Lock(), [0]
end = time.time() + seconds


def request(path, body):
    return (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body


def exchange(data, timeout=30):
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.sendall(data)
            head = s.recv(64)
            status = int(head.split(b" ")[1]) if head.startswith(b"HTTP/") else 0
            while s.recv(65536):
                pass
    except OSError:
        status = -1
    with lock:
        statuses[status] = statuses.get(status, 0) + 1
    return status


def abandon(data):
    try:
        s = socket.create_connection((host, port), timeout=5)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.sendall(data)
        s.close()  # a reset: the client has given up
    except OSError:
        pass


def heavy_client():
    while time.time() < end - 2:
        if exchange(request("/api/v1/simulate?iterations=1000000", small)) == 503:
            time.sleep(1)  # Retry-After


def rss():
    while time.time() < end:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    rss_max[0] = max(rss_max[0], int(line.split()[1]) // 1024)
        time.sleep(0.1)


threads = ([threading.Thread(target=heavy_client) for _ in range(2)] if mix else []) + [threading.Thread(target=rss)]
for t in threads:
    t.start()
time.sleep(seconds * 0.2)
abandoned = [threading.Thread(target=abandon, args=(request("/api/v1/simulate?iterations=1000000", small),))
             for _ in range(200)]
started = time.time()
for t in abandoned:
    t.start()
for t in abandoned:
    t.join()
abandon_seconds = time.time() - started
time.sleep(max(0.0, seconds * 0.4 - (time.time() - (end - seconds))))
bursts = [threading.Thread(target=exchange, args=(request(path, large),))
          for path in ["/api/v1/calculate", "/api/v1/sensitivity"] * (25 if mix else 0)]
for t in bursts:
    t.start()
for t in bursts + threads:
    t.join()
print(json.dumps({"statuses": statuses, "rss_max_mb": rss_max[0], "abandoned_in_s": round(abandon_seconds, 2)}))
