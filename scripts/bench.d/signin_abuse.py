"""Failed sign-ins with maximum-length emails from many loopback addresses.

    python3 signin_abuse.py BASE_URL ATTEMPTS ADDRESSES

Each attempt comes from one of 127.0.0.2 … 127.0.0.(ADDRESSES+1) (Linux
routes all of 127/8 to loopback, so no set-up is needed) and names a fresh
254-character email, the longest the API accepts. Prints how the answers
split (401 checked, 429 throttled, anything else) and the rate. Bounded by
count; loopback only.
"""
import http.client
import json
import sys
import threading
import time
from urllib.parse import urlparse

base, attempts, addresses = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
url = urlparse(base)
counts = {}
lock = threading.Lock()
next_attempt = [0]


def email(n):
    local = f"x{n}-".ljust(64, "a")
    domain = ("d" * 60 + ".") * 3
    return (local + "@" + domain)[:250] + ".com"


def worker():
    while True:
        with lock:
            n = next_attempt[0]
            if n >= attempts:
                break
            next_attempt[0] += 1
        source = f"127.0.0.{2 + n % addresses}"
        body = json.dumps({"email": email(n), "password": "wrong-password-1"})
        status = "error"
        # One connection per attempt, as a guessing client rotating its
        # addresses would open: at most 16 are open at once, so the figure
        # is the sign-in path's memory, not thousands of idle keep-alives.
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120, source_address=(source, 0))
        try:
            conn.request("POST", "/api/v1/auth/login", body,
                         {"Content-Type": "application/json", "Connection": "close"})
            resp = conn.getresponse()
            resp.read()
            status = resp.status
        except (OSError, http.client.HTTPException):
            pass
        finally:
            conn.close()
        with lock:
            counts[status] = counts.get(status, 0) + 1


started = time.time()
threads = [threading.Thread(target=worker) for _ in range(16)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.time() - started
print(f"  {attempts} failed sign-ins from {addresses} addresses in {elapsed:.1f} s "
      f"({attempts / elapsed:.0f}/s): " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=str)))
