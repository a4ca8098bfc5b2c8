#!/usr/bin/env python3
"""Browser tests: a real Chromium, driven by Selenium, against `khuyencong serve --demo`.

Run by .ci/run with KC_BASE_URL pointing at the server; screenshots go to KC_ARTIFACTS.
Each check prints its name; the first failure stops the run with a non-zero exit.
"""
import json
import os
import sys
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = os.environ.get("KC_BASE_URL", "http://127.0.0.1:8080").rstrip("/")
ARTIFACTS = os.environ.get("KC_ARTIFACTS", ".ci/artifacts")
os.makedirs(ARTIFACTS, exist_ok=True)


def api(method, path, body=None, token=None):
    request = urllib.request.Request(BASE + path, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    data = json.dumps(body).encode() if body is not None else None
    try:
        with urllib.request.urlopen(request, data) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def make_driver(width=1280, height=900, phone=False):
    options = Options()
    if phone:
        # A desktop window cannot be narrower than 500 px; emulate a phone's viewport instead.
        options.add_experimental_option(
            "mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0}})
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},{height}",
                     "--lang=vi"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # Headless Chromium ignores --lang for Accept-Language; a Vietnamese user's browser sends vi.
    options.add_experimental_option("prefs", {"intl.accept_languages": "vi-VN,vi"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check(name, condition, detail=""):
    if not condition:
        print(f"FAIL {name} {detail}")
        sys.exit(1)
    print(f"ok   {name}")


def body_text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def text_when(driver, condition, timeout):
    """Waits until the page's text meets a condition and returns that text. For pages that reload
    themselves: a read during a reload fails with a stale element or, in Chromium, "node does not
    belong to the document"; both are retried, and the text checked is the text returned."""
    seen = {}

    def ready(d):
        try:
            seen["text"] = body_text(d)
        except WebDriverException:
            return False
        return condition(seen["text"])

    WebDriverWait(driver, timeout).until(ready)
    return seen["text"]


def submitting(driver, action):
    """Runs an action that submits a form or follows a link, and waits for the next page."""
    old = driver.find_element(By.TAG_NAME, "html")
    action()

    def replaced(_):
        # Chromium answers "node does not belong to the document" instead of a stale-element
        # error when the page is swapped mid-check; both mean the old page is gone.
        try:
            old.is_enabled()
            return False
        except WebDriverException:
            return True

    WebDriverWait(driver, 15).until(replaced)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def shot(driver, name):
    driver.save_screenshot(os.path.join(ARTIFACTS, name + ".png"))


def no_console_errors(driver, name):
    # Pages that answer 4xx on purpose (wrong password, refused record) log a network error;
    # what must never appear is a blocked resource, a CSP violation or a script error.
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"
              and entry.get("source") != "network" and "favicon" not in entry["message"]]
    check(f"{name}: no console errors (CSP, scripts)", not errors, str(errors))


def sign_in(driver, username):
    driver.get(BASE + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    submitting(driver, lambda: driver.find_element(By.ID, "password").send_keys("demo" + Keys.ENTER))


DEMO_ACCOUNTS = ["bo-admin", "lanhdao-bo", "ubnd-01", "sct-01", "sct-79", "ttkc-01", "ctv-01", "coso-01",
                 "giamkhao-01", "thanhtra-01"]


def every_role():
    """Each demo account signs in and opens every page its menu offers: none may fail or break the CSP."""
    driver = make_driver()
    try:
        for username in DEMO_ACCOUNTS:
            sign_in(driver, username)
            check(f"{username} is signed in", "/login" not in driver.current_url, driver.current_url)
            links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".main-nav a")]
            check(f"{username}'s menu offers pages", len(links) >= 3, str(links))
            for index, link in enumerate(links):
                driver.get(link)
                heading = driver.find_element(By.TAG_NAME, "h1").text
                check(f"{username} opens {link.replace(BASE, '')} ({heading})",
                      "Có lỗi" not in heading and "/login" not in driver.current_url, heading)
                shot(driver, f"role-{username}-{index}")
            no_console_errors(driver, f"{username}'s pages")
            submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, ".user-box button").click())
        # The public pages and the API reference need no sign-in.
        for path in ["/", "/units", "/products", "/certificates", "/api-docs"]:
            driver.get(BASE + path)
            check(f"public {path} opens without signing in", "/login" not in driver.current_url)
        check("the API reference lists the operations", "/api/v1/schemes/{id}" in body_text(driver))
        shot(driver, "api-reference")
    finally:
        driver.quit()


def write_png(path, width=64, height=48):
    """A small real PNG (a blue square on cream), for uploads."""
    import struct
    import zlib
    rows = b"".join(b"\x00" + b"".join(b"\x1e\x46\x96" if 16 <= x < 48 and 8 <= y < 40 else b"\xf5\xee\xdc" for x in range(width))
                    for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def typical_products():
    """A judge scores an entry on the sheet (a mark out of range is refused in place), the Department
    reads the finished round's results with the spread between judges, and a visitor verifies a
    certificate and searches the catalogue without diacritics."""
    driver = make_driver()
    try:
        sign_in(driver, "giamkhao-01")
        driver.get(BASE + "/selection-rounds")
        submitting(driver, lambda: driver.find_element(By.PARTIAL_LINK_TEXT, "Hà Nội năm 2026").click())
        submitting(driver, lambda: driver.find_element(By.LINK_TEXT, "Bình hút lộc men rạn").click())
        check("the judge sees the sheet and not the other judge's marks",
              "Phiếu chấm của bạn" in body_text(driver) and "Trịnh Văn Phúc" not in body_text(driver))
        for field, value in [("market", "45"), ("economicTechnical", "33"), ("culturalAesthetic", "8"), ("other", "7")]:
            driver.find_element(By.ID, field).clear()
            driver.find_element(By.ID, field).send_keys(value)
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "button[value=final]").click())
        check("a mark out of range is refused next to the field", "Điểm phải là số nguyên từ 0 đến 40." in body_text(driver)
              and driver.find_element(By.ID, "market").get_attribute("aria-invalid") == "true")
        shot(driver, "judge-sheet-refused")
        driver.find_element(By.ID, "market").clear()
        driver.find_element(By.ID, "market").send_keys("36")
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "button[value=final]").click())
        check("once submitted, the other judge's sheet appears", "Trịnh Văn Phúc" in body_text(driver) and "84" in body_text(driver))
        shot(driver, "judge-sheet-submitted")
        no_console_errors(driver, "judging pages")
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, ".user-box button").click())

        # The cooperative adds a photo to its entry's dossier; a text file passed off as a photo is refused.
        sign_in(driver, "coso-01")
        driver.get(BASE + "/selection-rounds")
        submitting(driver, lambda: driver.find_element(By.PARTIAL_LINK_TEXT, "Hà Nội năm 2026").click())
        submitting(driver, lambda: driver.find_element(By.LINK_TEXT, "Bình hút lộc men rạn").click())
        check("the entry offers the dossier kept from 2025", "Giấy chứng nhận đăng ký nhãn hiệu" in body_text(driver))
        fake = os.path.join(ARTIFACTS, "not-a-photo.png")
        with open(fake, "w", encoding="utf-8") as handle:
            handle.write("this is text")
        driver.find_element(By.ID, "title").send_keys("Ảnh bình hút lộc")
        driver.find_element(By.ID, "file").send_keys(os.path.abspath(fake))
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "form[enctype='multipart/form-data'] button[type=submit]").click())
        check("a text file is refused as a photo", "Ảnh phải là tệp JPEG, PNG hoặc WebP." in body_text(driver))
        photo = os.path.join(ARTIFACTS, "photo.png")
        write_png(photo)
        driver.find_element(By.ID, "title").clear()
        driver.find_element(By.ID, "title").send_keys("Ảnh bình hút lộc")
        driver.find_element(By.ID, "file").send_keys(os.path.abspath(photo))
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "form[enctype='multipart/form-data'] button[type=submit]").click())
        check("the photo is kept and shown with the entry", "Ảnh bình hút lộc" in body_text(driver)
              and driver.find_element(By.CSS_SELECTOR, "img[alt='Ảnh bình hút lộc']").get_attribute("naturalWidth") != "0")
        shot(driver, "entry-dossier")
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, ".user-box button").click())

        sign_in(driver, "sct-01")
        driver.get(BASE + "/selection-rounds")
        submitting(driver, lambda: driver.find_element(By.PARTIAL_LINK_TEXT, "Hà Nội năm 2025").click())
        check("the Department reads results with the spread and the certificates",
              "Chênh lệch giữa giám khảo" in body_text(driver) and "TB-PROVINCE-01-2025-0001" in body_text(driver))
        shot(driver, "round-results")
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, ".user-box button").click())

        driver.get(BASE + "/certificates")
        driver.find_element(By.ID, "number").send_keys("tb-province-01-2025-0001" + Keys.ENTER)
        WebDriverWait(driver, 15).until(lambda d: "/certificates/TB-PROVINCE-01-2025-0001" in d.current_url)
        check("a visitor verifies a certificate", "còn hiệu lực đến hết ngày 31/12/2028" in body_text(driver))
        shot(driver, "certificate-verified")
        driver.get(BASE + "/products?q=LO+HOA+men+ran")
        check("the catalogue search ignores diacritics", "Lọ hoa men rạn cổ" in body_text(driver)
              and "Bộ ấm chén" not in body_text(driver))
        driver.get(BASE + "/products?q=men+lam")
        check("the catalogue shows the product's photo",
              driver.find_element(By.CSS_SELECTOR, "img.product-photo").get_attribute("naturalWidth") != "0")
        shot(driver, "catalogue")
        no_console_errors(driver, "public catalogue")
    finally:
        driver.quit()


def main():
    driver = make_driver()
    try:
        # Public visitor
        driver.get(BASE + "/")
        check("home is Vietnamese", driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi")
        check("home shows the 34 current provinces", "34" in body_text(driver))
        check("demo banner is shown", "Chế độ trình diễn" in body_text(driver))
        shot(driver, "home-public")
        no_console_errors(driver, "home")

        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        check("first Tab reaches the skip link", "skip-link" in (driver.switch_to.active_element.get_attribute("class") or ""))

        driver.get(BASE + "/units?on=2025-06-30")
        check("63 provinces on 30/06/2025", "63 đơn vị" in body_text(driver))
        search = driver.find_element(By.ID, "q")
        search.clear()
        submitting(driver, lambda: search.send_keys("ha noi" + Keys.ENTER))
        check("search without diacritics finds Hà Nội", "Thành phố Hà Nội" in body_text(driver))
        shot(driver, "units-search")

        driver.get(BASE + "/units?on=2026-01-01&province=01")
        check("Hà Nội has 126 communes from 01/07/2025", "126 đơn vị" in body_text(driver))
        submitting(driver, lambda: driver.find_element(By.LINK_TEXT, "Xã Bát Tràng").click())
        check("unit page shows the parent province", "Thành phố Hà Nội" in body_text(driver))
        shot(driver, "unit-detail")

        # Wrong password, then the Hà Nội department
        driver.get(BASE + "/login")
        driver.find_element(By.ID, "username").send_keys("sct-01")
        submitting(driver, lambda: driver.find_element(By.ID, "password").send_keys("wrong" + Keys.ENTER))
        check("wrong password is refused with the shared message",
              "Tên đăng nhập hoặc mật khẩu không đúng." in body_text(driver))
        sign_in(driver, "sct-01")
        check("provincial home shows its area", "Phạm vi của bạn: Thành phố Hà Nội" in body_text(driver))
        shot(driver, "home-sct-01")

        driver.get(BASE + "/organisations")
        check("organisation list is limited to Hà Nội", "Hồ Chí Minh" not in body_text(driver)
              and "Hà Nội" in body_text(driver))
        submitting(driver, lambda: driver.find_element(By.PARTIAL_LINK_TEXT, "Sở Công Thương").click())
        submitting(driver, lambda: driver.find_element(By.LINK_TEXT, "Sửa thông tin").click())
        name = driver.find_element(By.ID, "name")
        original = name.get_attribute("value")
        name.clear()
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click())
        check("empty name is refused inline", "Trường này là bắt buộc." in body_text(driver))
        check("the invalid field is marked for assistive technology",
              driver.find_element(By.ID, "name").get_attribute("aria-invalid") == "true")
        shot(driver, "organisation-edit-error")
        name = driver.find_element(By.ID, "name")
        name.send_keys(original)
        driver.find_element(By.ID, "phone").clear()
        driver.find_element(By.ID, "phone").send_keys("024 3825 3573")
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click())
        check("the change is saved", "Đã lưu thay đổi." in body_text(driver) and "024 3825 3573" in body_text(driver))

        # The registry: search without diacritics, the eligibility explanation, a refused form, an import.
        driver.get(BASE + "/establishments")
        search = driver.find_element(By.ID, "q")
        search.send_keys("gom su bat trang")
        submitting(driver, lambda: search.send_keys(Keys.ENTER))
        check("registry search finds the Bát Tràng cooperative", "Hợp tác xã Gốm sứ Bát Tràng" in body_text(driver))
        shot(driver, "establishments-search")
        submitting(driver, lambda: driver.find_element(By.LINK_TEXT, "Hợp tác xã Gốm sứ Bát Tràng").click())
        check("the establishment page explains its eligibility", "Thuộc đối tượng ngày" in body_text(driver)
              and "gốm sứ Bát Tràng" in body_text(driver))
        check("the probable duplicate is flagged", "Có thể trùng lặp" in body_text(driver))
        shot(driver, "establishment-detail")

        # The eligibility filter and the detail page give the same verdict.
        driver.get(BASE + "/establishments")
        Select(driver.find_element(By.ID, "eligibility")).select_by_value("not_eligible")
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click())
        kept = Select(driver.find_element(By.ID, "eligibility")).first_selected_option.get_attribute("value")
        links = driver.find_elements(By.CSS_SELECTOR, ".data-table tbody tr a")
        check("the eligibility filter lists establishments not eligible today and keeps the choice",
              "eligibility=not_eligible" in driver.current_url and kept == "not_eligible" and len(links) > 0)
        shot(driver, "establishments-not-eligible")
        if links:
            submitting(driver, lambda: links[0].click())
            check("a listed establishment's page says it is not eligible", "Không thuộc đối tượng ngày" in body_text(driver))

        driver.get(BASE + "/establishments/new")
        driver.find_element(By.ID, "tax_code").send_keys("0100109107")
        driver.find_element(By.ID, "name").send_keys("Tổ hợp tác Thêu ren Quất Động")
        driver.find_element(By.ID, "commune_code").send_keys("00583")
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click())
        check("a wrong check digit is refused next to the field", "chữ số kiểm tra" in body_text(driver)
              and driver.find_element(By.ID, "tax_code").get_attribute("aria-invalid") == "true")
        shot(driver, "establishment-new-error")
        field = driver.find_element(By.ID, "tax_code")
        field.clear()
        field.send_keys("0100109106")
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click())
        check("the corrected establishment is created", "Tổ hợp tác Thêu ren Quất Động" in body_text(driver)
              and "Đã lưu thay đổi." in body_text(driver))

        csv_path = os.path.join(ARTIFACTS, "import-sample.csv")
        with open(csv_path, "w", encoding="utf-8") as sample:
            sample.write("Mã số thuế,Tên cơ sở,Loại hình,Mã xã\n0300588569,Hộ kinh doanh Nón lá Chuông,Hộ kinh doanh,00583\n"
                         "123,Sai mã,Hợp tác xã,99999\n")
        driver.get(BASE + "/establishments/import")
        driver.find_element(By.ID, "file").send_keys(os.path.abspath(csv_path))
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click())
        # The import runs in the background; its page follows it and then shows the report.
        # The job page reloads itself: an element read during a reload is stale, so retry then.
        report = text_when(driver, lambda text: "Không ghi dòng nào" in text, 60)
        check("the import report lists the bad row and writes nothing", "99999" in report
              and "/establishments/import/jobs/" in driver.current_url)
        check("a refused file's counts say what would have been written, not what was",
              "Sẽ thêm mới (chưa ghi)" in report and "\nThêm mới" not in report, report[:400])
        shot(driver, "import-report")

        # A large file: the page shows the rows read so far while it works, then the report.
        big_path = os.path.join(ARTIFACTS, "import-large.csv")
        with open(big_path, "w", encoding="utf-8") as sample:
            sample.write("Mã số thuế,Tên cơ sở,Loại hình,Mã xã\n")
            for number in range(100000):
                sample.write(f"7{number:011d},Hộ kinh doanh gốm {number},Hộ kinh doanh,00583\n")
        driver.get(BASE + "/establishments/import")
        driver.find_element(By.ID, "file").send_keys(os.path.abspath(big_path))
        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click())
        progress = text_when(driver, lambda text: len(text) > 0, 15)
        check("a large import shows its progress while it runs", "Đang kiểm tra và nhập" in progress,
              progress[:300])
        shot(driver, "import-progress")
        report = text_when(driver, lambda text: "Đang kiểm tra và nhập" not in text and "Số dòng đã đọc" in text,
                           180)
        check("then the report of the 100,000 rows (dry run, nothing written)", "100.000" in report, report[:400])
        shot(driver, "import-large-report")

        status, token = api("POST", "/api/v1/auth/token", {"username": "bo-admin", "password": "demo"})
        check("API token for the ministry", status == 200 and "token" in token)
        status, page = api("GET", "/api/v1/organisations?kind=province_department&province=79",
                           token=token["token"])
        foreign = page["items"][0]["id"]
        driver.get(BASE + "/organisations/" + foreign)
        check("another province's record is refused on the page", "Không có quyền truy cập" in body_text(driver))

        driver.get(BASE + "/audit")
        check("the audit trail shows the change", "organisation.update" in body_text(driver))

        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, "a.lang-switch").click())
        check("English after the switch", driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
              and "Audit trail" in body_text(driver))
        shot(driver, "audit-en")
        no_console_errors(driver, "signed-in pages")

        submitting(driver, lambda: driver.find_element(By.CSS_SELECTOR, ".user-box button").click())
        driver.get(BASE + "/organisations")
        check("signed out: pages ask to sign in", "/login" in driver.current_url)
    finally:
        driver.quit()

    schemes = make_driver()
    try:
        # The leadership approves a scheme from its worklist; the page shows why each amount.
        sign_in(schemes, "lanhdao-bo")
        schemes.get(BASE + "/schemes")
        check("the leader's worklist holds the pilot scheme", "Đề án điểm phát triển làng nghề gốm" in body_text(schemes))
        shot(schemes, "schemes-worklist-leader")
        submitting(schemes, lambda: schemes.find_element(By.PARTIAL_LINK_TEXT, "Đề án điểm phát triển làng nghề gốm").click())
        check("the scheme explains each amount", "Vì sao mức này" in body_text(schemes) and "1.000.000.000 ₫" in body_text(schemes))
        check("the appraisal checklist is shown", "Nội dung thẩm định" in body_text(schemes))
        shot(schemes, "scheme-before-approval")
        submitting(schemes, lambda: schemes.find_element(By.CSS_SELECTOR, "button[value=approve]").click())
        check("approval is done and frozen", "Đã thực hiện: Phê duyệt." in body_text(schemes) and "SHA-256" in body_text(schemes))
        shot(schemes, "scheme-approved")
        schemes.get(BASE + "/programmes?year=2026")
        check("programmes show the 2026–2030 national programme", "2646/QĐ-BCT" in body_text(schemes))
        shot(schemes, "programmes-2026")
        no_console_errors(schemes, "scheme pages")
        submitting(schemes, lambda: schemes.find_element(By.CSS_SELECTOR, ".user-box button").click())

        # The unit files the beneficiary's request the submitted scheme still lacks, from the page.
        sign_in(schemes, "ttkc-01")
        schemes.get(BASE + "/schemes?q=lo+nung+gom+tiet+kiem")
        submitting(schemes, lambda: schemes.find_element(By.PARTIAL_LINK_TEXT, "lò nung gốm tiết kiệm").click())
        check("the dossier says what the step lacks",
              "Còn thiếu ở bước này: Văn bản đề nghị hỗ trợ của cơ sở thụ hưởng." in body_text(schemes))
        request_pdf = os.path.join(ARTIFACTS, "de-nghi-ho-tro.pdf")
        with open(request_pdf, "wb") as handle:
            handle.write(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        Select(schemes.find_element(By.ID, "kind")).select_by_value("beneficiary_request")
        schemes.find_element(By.ID, "title").send_keys("Văn bản đề nghị hỗ trợ của HTX Gốm Bát Tràng")
        schemes.find_element(By.ID, "file").send_keys(os.path.abspath(request_pdf))
        submitting(schemes, lambda: schemes.find_element(
            By.CSS_SELECTOR, "#documents form[enctype='multipart/form-data'] button[type=submit]").click())
        check("the filed request completes the step's dossier", "Đủ các tài liệu cần có ở bước này." in body_text(schemes)
              and "Văn bản đề nghị hỗ trợ của HTX Gốm Bát Tràng" in body_text(schemes))
        schemes.execute_script("document.getElementById('documents').scrollIntoView()")
        shot(schemes, "scheme-dossier")
        submitting(schemes, lambda: schemes.find_element(By.CSS_SELECTOR, ".user-box button").click())

        # The Department returns a scheme without a reason: refused, with the reason asked for.
        sign_in(schemes, "sct-01")
        schemes.get(BASE + "/schemes?q=lo+nung+gom+tiet+kiem")
        submitting(schemes, lambda: schemes.find_element(By.PARTIAL_LINK_TEXT, "lò nung gốm tiết kiệm").click())
        submitting(schemes, lambda: schemes.find_element(By.CSS_SELECTOR, "button[value=return]").click())
        check("returning without a reason is refused with a message", "Cần ghi lý do." in body_text(schemes))
        shot(schemes, "scheme-return-without-reason")
        schemes.find_element(By.ID, "reason").send_keys("Bổ sung báo giá thiết bị")
        submitting(schemes, lambda: schemes.find_element(By.CSS_SELECTOR, "button[value=return]").click())
        check("returned with a reason", "Đã thực hiện: Trả lại để hoàn thiện." in body_text(schemes))
        schemes.get(BASE + "/rate-tables")
        check("the rate tables mark unverified levels", "Chưa đối chiếu" in body_text(schemes))
    finally:
        schemes.quit()

    typical_products()
    every_role()

    phone = make_driver(390, 844, phone=True)
    try:
        phone.get(BASE + "/establishments")
        shot(phone, "establishments-phone-signed-out")
        for path in ["/units?on=2026-01-01", "/products"]:
            phone.get(BASE + path)
            width, viewport = phone.execute_script(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            check(f"no horizontal scrolling on a phone: {path}", viewport <= 390 and width <= viewport, f"{width} > {viewport}")
        shot(phone, "products-phone")
    finally:
        phone.quit()
    print("browser tests passed")


if __name__ == "__main__":
    main()
