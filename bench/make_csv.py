#!/usr/bin/env python3
"""Writes N establishment rows with valid, unique tax codes, realistic names and every commune in
force: bench/make_csv.py N OUT.csv SQLITE_WITH_UNITS (the migrated database holds the communes)."""
import random
import sqlite3
import sys

n, out, database = int(sys.argv[1]), sys.argv[2], sys.argv[3]
communes = [row[0] for row in sqlite3.connect(database).execute(
    "SELECT code FROM admin_units WHERE period = '2025' AND level = 'commune' ORDER BY code")]
rng = random.Random(42)
trades = ["Gốm sứ", "Mây tre đan", "Dệt lụa", "Sơn mài", "Đồ gỗ mỹ nghệ", "Chế biến nông sản", "Chè", "Nước mắm", "Cơ khí"]
forms = ["Hộ kinh doanh", "Hợp tác xã", "Doanh nghiệp nhỏ và vừa", "Tổ hợp tác"]
sectors = ["handicrafts", "agro_processing", "consumer_goods", "machinery_parts"]
names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang"]
weights = [31, 29, 23, 19, 17, 13, 7, 5, 3]
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("tax_code,name,legal_form,commune_code,address,sectors,employees,employees_female,"
            "employees_ethnic_minority,phone,founded_on\r\n")
    written, leading = 0, 100000000
    while written < n:
        leading += 1
        digits = f"{leading:09d}"
        check = 10 - sum(int(d) * w for d, w in zip(digits, weights)) % 11
        if check == 10:
            continue
        employees = rng.randint(1, 120)
        f.write(f"{digits}{check},{rng.choice(forms)} {rng.choice(trades)} {rng.choice(names)} {written},"
                f"{rng.choice(forms)},{communes[written % len(communes)]},Thôn {rng.randint(1, 20)},"
                f"{rng.choice(sectors)},{employees},{rng.randint(0, employees)},0,09{rng.randint(10000000, 99999999)},"
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1990, 2024)}\r\n")
        written += 1
