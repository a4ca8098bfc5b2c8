#!/usr/bin/env python3
"""Fault injection against the real server binary, as an operator would meet the faults.

1. SQLite: writers create establishments on four threads; the server is killed with SIGKILL in
   the middle; after a restart every write the server had acknowledged (201) is there,
   `PRAGMA integrity_check` is ok and `khuyencong audit verify` passes.
2. Two edits of one record sent at the same moment with the same version: one wins, the other
   gets 409, and the record holds the winner's change (no lost update).
3. SIGTERM while reads and writes are in flight: the server finishes them, exits with 0 and no
   crash, and after a restart every acknowledged write is there.
4. PostgreSQL (when a cluster directory and URL are given): the database is restarted under load;
   the server recovers by itself, later requests succeed, and the audit chain verifies.

Usage: fault_check.py BINARY [PG_DIR PG_URL]
"""
import atexit
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

BINARY = sys.argv[1]
PG_DIR = sys.argv[2] if len(sys.argv) > 3 else None
PG_URL = sys.argv[3] if len(sys.argv) > 3 else None
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def check(name, condition, detail=""):
    if not condition:
        print(f"FAIL {name}\n{detail}")
        sys.exit(1)
    print(f"ok   {name}")


SERVERS = []


@atexit.register
def stop_everything():
    """A failed check exits at once; no server may outlive the run."""
    for server in SERVERS:
        if server.process and server.process.poll() is None:
            server.process.kill()
            server.process.wait()


class Server:
    def __init__(self, env, port):
        self.env, self.port, self.process = env, port, None
        self.base = f"http://127.0.0.1:{port}"
        self.log_path = tempfile.mkstemp(prefix=f"kc-fault-{port}-", suffix=".log")[1]

    def start(self, demo=True):
        try:
            urllib.request.urlopen(self.base + "/healthz", timeout=1)
            sys.exit(f"port {self.port} already answers: a server from another run is still there")
        except OSError:
            pass
        if self not in SERVERS:
            SERVERS.append(self)
        log = open(self.log_path, "a")
        args = [BINARY, "serve", "--port", str(self.port)] + (["--demo"] if demo else [])
        self.process = subprocess.Popen(args, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"the server exited with {self.process.returncode}")
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=2)
                return
            except OSError:
                time.sleep(0.5)
        sys.exit("the server did not answer within 180 s")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)

    def call(self, method, path, body=None, token=None, timeout=10):
        request = urllib.request.Request(self.base + path, method=method)
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", "Bearer " + token)
        data = json.dumps(body).encode() if body is not None else None
        try:
            with urllib.request.urlopen(request, data, timeout=timeout) as response:
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")

    def token(self, username):
        status, body = self.call("POST", "/api/v1/auth/token", {"username": username, "password": "demo"})
        assert status == 200, (status, body)
        return body["token"]


def establishment(number):
    """A business household in Bát Tràng; a 12-digit personal number is its tax code."""
    return {
        "taxCode": f"{random.randint(1, 9)}{number:011d}", "name": f"Hộ kinh doanh gốm thử nghiệm {number}",
        "legalForm": "business_household", "communeCode": "00583", "address": "Thôn Giang Cao",
        "sectors": ["handicrafts"], "employees": 3,
    }


def write_under_fire(server, token, seconds, stop_server):
    """Writers on four threads until `stop_server` has run; returns the ids the server acknowledged."""
    acknowledged, lock, stop = [], threading.Lock(), threading.Event()
    counter = iter(range(10**9))

    def writer():
        while not stop.is_set():
            with lock:
                number = next(counter) + random.randint(0, 10**6) * 1000
            try:
                status, body = server.call("POST", "/api/v1/establishments", establishment(number), token, timeout=5)
            except OSError:
                continue
            if status == 201:
                with lock:
                    acknowledged.append(body["establishment"]["id"])

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop_server()
    stop.set()
    for thread in threads:
        thread.join()
    return acknowledged


def audit_verify(env):
    result = subprocess.run([BINARY, "audit", "verify"], env=env, capture_output=True, text=True, timeout=300)
    return result.returncode, result.stdout + result.stderr


WRONG_PASSWORD = "wrong-secret-Q7x9-never-logged"


def no_secrets_in_log(server, secrets):
    """Neither tokens nor passwords, right or wrong, may reach the server's log."""
    text = open(server.log_path, encoding="utf-8", errors="replace").read()
    leaked = [secret[:6] + "…" for secret in secrets if secret in text]
    check(f"no token or password in the server log ({len(text.splitlines())} lines read)", not leaked, str(leaked))


def sqlite_kill(data_dir):
    env = dict(os.environ, KHUYENCONG_DATA_DIR=data_dir, KHUYENCONG_LANG="en")
    env.pop("DATABASE_URL", None)
    server = Server(env, 8093)
    server.start()
    status, _ = server.call("POST", "/api/v1/auth/token", {"username": "sct-01", "password": WRONG_PASSWORD})
    check("a wrong password is refused", status == 401)
    first_token = server.token("sct-01")
    token = first_token
    acknowledged = write_under_fire(server, token, 4, server.kill)
    check(f"writes were acknowledged before the SIGKILL ({len(acknowledged)})", len(acknowledged) > 10)
    server.start()
    token = server.token("sct-01")
    missing = [i for i in acknowledged if server.call("GET", f"/api/v1/establishments/{i}", token=token)[0] != 200]
    check(f"every acknowledged write survived the SIGKILL ({len(acknowledged)} of {len(acknowledged)})", not missing,
          f"missing: {missing[:5]}")
    concurrent_edits(server, token)
    stopped = stop_under_load(server, token)
    server.start()
    token = server.token("sct-01")
    missing = [i for i in stopped if server.call("GET", f"/api/v1/establishments/{i}", token=token)[0] != 200]
    check(f"every write acknowledged before the SIGTERM is there ({len(stopped)})", not missing, f"missing: {missing[:5]}")
    server.stop()
    no_secrets_in_log(server, [WRONG_PASSWORD, first_token, token])
    database = os.path.join(data_dir, "khuyencong.sqlite")
    integrity = sqlite3.connect(database).execute("PRAGMA integrity_check").fetchone()[0]
    check("PRAGMA integrity_check is ok after the kill", integrity == "ok", integrity)
    code, output = audit_verify(env)
    check("khuyencong audit verify passes after the kill", code == 0, output)
    return len(acknowledged)


def stop_under_load(server, token):
    """SIGTERM while readers and writers are busy: a request in flight must finish or be refused,
    never meet a closed store (the store used to close before the HTTP server and crash the process)."""
    stop = threading.Event()
    status, page = server.call("GET", "/api/v1/establishments?limit=1", token=token)
    some = page["items"][0]["id"]

    def reader():
        while not stop.is_set():
            for path in ["/api/v1/establishments?limit=50", f"/api/v1/establishments/{some}"]:
                try:
                    server.call("GET", path, token=token, timeout=5)
                except (OSError, ValueError):
                    pass

    readers = [threading.Thread(target=reader) for _ in range(4)]
    for thread in readers:
        thread.start()
    acknowledged = write_under_fire(server, token, 3, server.stop)
    stop.set()
    for thread in readers:
        thread.join()
    code = server.process.returncode
    log = open(server.log_path).read()
    check(f"SIGTERM under load: the server exits cleanly (exit {code})", code == 0
          and "runtime failure" not in log and "Fatal error" not in log, log[-2000:])
    return acknowledged


def concurrent_edits(server, token):
    """Two edits with the same version at the same moment: exactly one wins."""
    status, created = server.call("POST", "/api/v1/establishments", establishment(random.randint(10**9, 10**10)), token)
    assert status == 201, created
    record = created["establishment"]
    for round_number in range(5):
        status, current = server.call("GET", f"/api/v1/establishments/{record['id']}", token=token)
        version = current["establishment"]["version"]
        results, barrier = {}, threading.Barrier(2)

        def edit(phone):
            barrier.wait()
            results[phone] = server.call(
                "PATCH", f"/api/v1/establishments/{record['id']}", {"version": version, "phone": phone}, token)[0]

        phones = [f"024 1000 {round_number}1", f"024 1000 {round_number}2"]
        threads = [threading.Thread(target=edit, args=(phone,)) for phone in phones]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        statuses = sorted(results.values())
        check(f"two simultaneous edits, round {round_number + 1}: one 200 and one 409", statuses == [200, 409], str(results))
        winner = next(phone for phone, status in results.items() if status == 200)
        final = server.call("GET", f"/api/v1/establishments/{record['id']}", token=token)[1]["establishment"]
        check(f"the record holds the winner's change, round {round_number + 1}",
              final["phone"].replace(" ", "") == winner.replace(" ", "") and final["version"] == version + 1, str(final))


def postgres_restart():
    database = "kc_fault_" + str(os.getpid())
    subprocess.run(["psql", PG_URL, "-qc", f"CREATE DATABASE {database}"], check=True, capture_output=True)
    url = PG_URL.replace("/postgres?", f"/{database}?")
    atexit.register(lambda: subprocess.run(["psql", PG_URL, "-qc", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"], capture_output=True))
    env = dict(os.environ, DATABASE_URL=url, KHUYENCONG_LANG="en")
    server = Server(env, 8094)
    server.start()
    token = server.token("sct-01")

    def restart():
        subprocess.run([os.path.join(ROOT, ".ci/postgres.sh"), "restart", PG_DIR], check=True)

    acknowledged = write_under_fire(server, token, 3, restart)
    # The pool finds its connections closed; the server must reconnect on its own.
    deadline, recovered_after = time.time() + 60, None
    started = time.time()
    while time.time() < deadline:
        try:
            if server.call("GET", "/api/v1/me", token=token, timeout=5)[0] == 200:
                recovered_after = time.time() - started
                break
        except OSError:
            pass
        time.sleep(0.5)
    check("the server answers again after PostgreSQL restarted", recovered_after is not None)
    later = [server.call("POST", "/api/v1/establishments", establishment(random.randint(10**9, 10**10)), token)[0]
             for _ in range(20)]
    check(f"later writes succeed ({later.count(201)} of 20)", later.count(201) == 20, str(later))
    missing = [i for i in acknowledged if server.call("GET", f"/api/v1/establishments/{i}", token=token)[0] != 200]
    check(f"every write acknowledged before the restart is there ({len(acknowledged)})", not missing, str(missing[:5]))
    server.stop()
    code, output = audit_verify(env)
    check("khuyencong audit verify passes after the PostgreSQL restart", code == 0, output)
    return len(acknowledged), recovered_after


with tempfile.TemporaryDirectory() as data:
    killed = sqlite_kill(data)
summary = f"faults: SIGKILL during {killed} acknowledged writes, nothing lost"
if PG_DIR:
    writes, seconds = postgres_restart()
    summary += f"; PostgreSQL restarted during {writes} writes, recovered in {seconds:.1f} s"
print(summary)
