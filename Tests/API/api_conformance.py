#!/usr/bin/env python3
"""Runs schemathesis against a live `khuyencong serve --demo` with the server's own OpenAPI document.

Run by .ci/run after the browser tests, on a server of its own (the run writes through the API).
Fails on any 5xx and on any response that breaks the document: undocumented status, wrong content
type, or a body that does not match its schema. Path parameters are pinned to real demo records
(found through the API), so generated requests reach the handlers' logic instead of 404s.

Usage: api_conformance.py BASE_URL ARTIFACTS_DIR [MAX_SECONDS [SERVER_LOG]]
With the server's log, also checks that the bearer token never reached it.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request

BASE = sys.argv[1].rstrip("/")
ARTIFACTS = sys.argv[2]
MAX_SECONDS = int(sys.argv[3]) if len(sys.argv) > 3 else 240
SERVER_LOG = sys.argv[4] if len(sys.argv) > 4 else None
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def api(method, path, body=None, token=None):
    request = urllib.request.Request(BASE + path, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(request, data) as response:
        return json.loads(response.read() or b"{}")


def first(path, token, key="id"):
    items = api("GET", path, token=token)["items"]
    if not items:
        sys.exit(f"no demo record behind {path}")
    return items[0][key]


def main():
    # The token first: schemathesis will try wrong passwords, and sign-in throttling is by address.
    token = api("POST", "/api/v1/auth/token", {"username": "bo-admin", "password": "demo"})["token"]
    scheme = first("/api/v1/schemes?limit=1", token)
    adjustments = [
        a["id"]
        for s in api("GET", "/api/v1/schemes?limit=100", token=token)["items"]
        for a in api("GET", f"/api/v1/schemes/{s['id']}/adjustments", token=token)["items"]
    ]
    pinned = {
        "/api/v1/admin-units/{code}": {"path.code": "01"},
        "/api/v1/organisations/{id}": {"path.id": first("/api/v1/organisations?limit=1", token)},
        "/api/v1/establishments/{id}": {"path.id": first("/api/v1/establishments?limit=1", token)},
        "/api/v1/establishments/{id}/merge": {"path.id": first("/api/v1/establishments?limit=1", token)},
        "/api/v1/schemes/{id}": {"path.id": scheme},
        "/api/v1/programmes/{id}": {"path.id": first("/api/v1/programmes", token)},
        "/api/v1/plans/{id}": {"path.id": first("/api/v1/plans", token)},
        "/api/v1/rate-tables/{code}": {"path.code": "TT28-2018-BTC"},
        "/api/v1/provinces/{code}/scheme-settings": {"path.code": "01"},
    }
    if adjustments:
        pinned["/api/v1/adjustments/{id}/{action}"] = {"path.id": adjustments[0]}
    lines = []
    for path, parameters in pinned.items():
        # Every operation under the path (e.g. /schemes/{id}/money) shares the pinned id.
        prefix = re.escape(path)
        lines.append("[[operations]]")
        lines.append(f"include-path-regex = '^{prefix}(/.*)?$'")  # a TOML literal: no escapes
        values = ", ".join(f'"{name}" = "{value}"' for name, value in parameters.items())
        lines.append(f"parameters = {{ {values} }}")
        lines.append("")
    config = tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False)
    config.write("\n".join(lines))
    config.close()

    os.makedirs(ARTIFACTS, exist_ok=True)
    log_path = os.path.join(ARTIFACTS, "schemathesis.log")
    command = [
        sys.executable, "-m", "schemathesis.cli", "--config-file", config.name, "run", BASE + "/api/v1/openapi.json",
        "-H", f"Authorization: Bearer {token}", "--checks", CHECKS, "--max-time", str(MAX_SECONDS),
        "--workers", "2", "--request-timeout", "30", "--no-color",
        "--report", "junit", "--report-dir", ARTIFACTS,
    ]
    with open(log_path, "w") as log:
        result = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT)
    output = open(log_path).read()
    summary = re.search(r"(\d+) generated.*", output)
    tested = re.search(r"Tested: (\d+)", output)
    print(f"schemathesis: {summary.group(0) if summary else 'no summary'}; operations tested: "
          f"{tested.group(1) if tested else '?'}; log in {log_path}")
    if result.returncode != 0:
        print(output[-6000:])
        sys.exit(result.returncode)
    if SERVER_LOG:
        log = open(SERVER_LOG, encoding="utf-8", errors="replace").read()
        if token in log:
            sys.exit("the bearer token was written to the server log")
        print(f"no token in the server log ({len(log.splitlines())} lines)")


if __name__ == "__main__":
    main()
