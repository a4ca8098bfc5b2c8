#!/usr/bin/env python3
"""Command-line checks as an operator would run them, on a throwaway SQLite data directory:
user create (with the password on stdin, and with bad input), backup, seed and reindex, unreadable
databases, then audit verify on an intact chain and after a row is altered directly in the database."""
import os
import sqlite3
import subprocess
import sys
import tempfile

binary = sys.argv[1]


def run(args, data_dir, stdin="", lang="en"):
    env = dict(os.environ, KHUYENCONG_DATA_DIR=data_dir, KHUYENCONG_LANG=lang)
    env.pop("DATABASE_URL", None)
    return subprocess.run([binary] + args, input=stdin, capture_output=True, text=True, env=env, timeout=300)


def check(name, condition, detail=""):
    if not condition:
        print(f"FAIL {name}\n{detail}")
        sys.exit(1)
    print(f"ok   {name}")


with tempfile.TemporaryDirectory() as data:
    created = run(["user", "create", "--username", "sct-48", "--role", "province_department", "--province", "48",
                   "--display-name", "Sở Công Thương Đà Nẵng", "--password-stdin"], data, "a-long-secret\n")
    check("user create succeeds", created.returncode == 0, created.stderr)
    again = run(["user", "create", "--username", "sct-48", "--role", "province_department", "--province", "48",
                 "--password-stdin"], data, "a-long-secret\n")
    check("a taken username is refused", again.returncode != 0 and "sct-48" in again.stderr, again.stderr)
    bad = run(["user", "create", "--username", "x", "--role", "province_department", "--province", "99",
               "--password-stdin"], data, "short\n")
    check("bad input names every problem", bad.returncode != 0 and "99" in bad.stderr and "8" in bad.stderr, bad.stderr)
    no_stdin = run(["user", "create", "--username", "abc", "--role", "ministry_admin"], data)
    check("--password-stdin is required", no_stdin.returncode != 0, no_stdin.stderr)

    # A mistyped data directory: the backup is refused and nothing is created there.
    typo = os.path.join(data, "no-such-dir")
    refused = run(["backup", os.path.join(data, "copy.sqlite")], typo)
    check("a backup of a data directory without a database is refused and creates nothing",
          refused.returncode != 0 and not os.path.exists(typo), refused.stdout + refused.stderr)
    copied = run(["backup", os.path.join(data, "copy.sqlite")], data)
    check("a backup of the real one succeeds", copied.returncode == 0 and os.path.exists(os.path.join(data, "copy.sqlite")),
          copied.stdout + copied.stderr)

    # The search index rebuilt on demand, in the operator's language, with what it did.
    seeded = run(["seed", "synthetic", "--establishments", "3000", "--seed", "7"], data)
    check("seed synthetic adds 3,000 establishments", seeded.returncode == 0, seeded.stdout + seeded.stderr)
    rebuilt = run(["reindex"], data, lang="vi")
    check("reindex rebuilds the search index and says what it did, in Vietnamese",
          rebuilt.returncode == 0 and "đã dựng lại chỉ mục tìm kiếm" in rebuilt.stdout and "3.000 cơ sở" in rebuilt.stdout
          and "3 nhóm" in rebuilt.stdout, rebuilt.stdout + rebuilt.stderr)
    buckets = sqlite3.connect(os.path.join(data, "khuyencong.sqlite")).execute(
        "SELECT COUNT(*) FROM establishments_search_buckets").fetchone()[0]
    check("the index is cut into buckets in name order", buckets == 3, str(buckets))

    # A database the server cannot open: serve stops with the reason and a failure code, not a crash.
    unreadable = os.path.join(data, "unreadable")
    os.makedirs(unreadable)
    with open(os.path.join(unreadable, "khuyencong.sqlite"), "w") as garbage:
        garbage.write("this is not a database " * 200)
    garbage_path = os.path.join(unreadable, "khuyencong.sqlite")
    before = open(garbage_path, "rb").read()
    failed = run(["serve", "--port", "8097"], unreadable)
    check("serve on an unreadable database exits with 3 and says which file and what to do, not a crash",
          failed.returncode == 3 and "runtime failure" not in failed.stderr
          and "Cannot read the database" in failed.stderr and garbage_path in failed.stderr
          and "khuyencong restore" in failed.stderr, failed.stdout + failed.stderr[-3000:])
    for command in (["migrate"], ["audit", "verify"], ["import", "establishments", garbage_path, "--dry-run"]):
        refused = run(command, unreadable, lang="vi")
        check(f"{command[0]} on an unreadable database says so in Vietnamese and exits with 3",
              refused.returncode == 3 and "Không đọc được cơ sở dữ liệu" in refused.stderr, refused.stderr[-2000:])
    check("the unreadable file is left as it was", open(garbage_path, "rb").read() == before)

    intact = run(["audit", "verify"], data)
    check("audit verify passes on an intact chain", intact.returncode == 0 and "intact" in intact.stdout,
          intact.stdout + intact.stderr)

    database = sqlite3.connect(os.path.join(data, "khuyencong.sqlite"))
    database.execute("DROP TRIGGER audit_log_no_update")
    last = database.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    database.execute("UPDATE audit_log SET actor_name = 'mallory' WHERE seq = ?", (last,))
    database.commit()
    database.close()
    broken = run(["audit", "verify"], data)
    check("audit verify fails naming the altered entry",
          broken.returncode != 0 and f"entry {last}" in broken.stderr, broken.stdout + broken.stderr)
print("command-line checks passed")
