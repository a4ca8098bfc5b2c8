#!/usr/bin/env python3
"""Search latency over the API: 200 diacritics-free searches, one at a time — 20 common phrases
five times each, then 100 made rare by a number; prints p50 and p99 in milliseconds. bench/search_latency.py BASE_URL TOKEN"""
import statistics
import sys
import time
import urllib.parse
import urllib.request

base, token = sys.argv[1], sys.argv[2]
words = ["gom su", "may tre", "det lua", "son mai", "do go", "che bien", "che", "nuoc mam", "co khi", "nguyen van",
         "tran thi", "hop tac xa", "ho kinh doanh", "to hop tac", "phu vinh", "thon 7", "binh", "cuong", "dung", "giang"]
samples = []
for i in range(200):
    query = urllib.parse.quote(words[i % len(words)] + ("" if i < 100 else f" {i}"))
    request = urllib.request.Request(f"{base}/api/v1/establishments?q={query}&limit=50",
                                     headers={"Authorization": "Bearer " + token})
    start = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        response.read()
    samples.append((time.perf_counter() - start) * 1000)
samples.sort()
print(f"search over the API (200 queries): p50 {statistics.median(samples):.1f} ms, p99 {samples[int(len(samples) * 0.99) - 1]:.1f} ms")
