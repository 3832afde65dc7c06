"""`huunghi demo` end to end, twice: the second run finds nothing new and sends nothing."""

import email
import os
import subprocess
import sys
from email import policy


def test_demo_twice(tmp_path):
    env = {**os.environ, "HUUNGHI_DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": "sqlite:////nonexistent/ignored.db",
           "SMTP_URL": "smtp://127.0.0.1:1"}  # the demo keeps to its own database and the file outbox
    first = subprocess.run([sys.executable, "-m", "huunghi.cli", "demo"], env=env, capture_output=True, text=True, cwd=tmp_path, timeout=180)
    assert first.returncode == 0, first.stderr
    out = " ".join(first.stdout.split())
    assert "12 new articles, 6 relevant" in out
    assert "5 visits in the demo database" in out
    import re

    assert re.search(r"Lai Châu → Phông Sa Lỳ \(\w+, [\d-]+\): 2 article\(s\) from (mau-baolaichau, mau-tintuc|mau-tintuc, mau-baolaichau)", out), \
        "one visit reported by two outlets is one visit"
    assert "digest sent to demo@example.org: 5 visit(s)" in out
    (eml,) = (tmp_path / "data" / "demo" / "outbox").glob("*.eml")
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert msg["Subject"].startswith("huunghi: 5 hoạt động Việt Nam – Lào mới")
    text = msg.get_body(("plain",)).get_content()
    assert "Lai Châu → Phông Sa Lỳ" in text and "Lào Cai" not in text and "Đội tuyển" not in text
    second = subprocess.run([sys.executable, "-m", "huunghi.cli", "demo"], env=env, capture_output=True, text=True, cwd=tmp_path, timeout=180)
    assert second.returncode == 0, second.stderr
    out2 = " ".join(second.stdout.split())
    assert "0 new articles" in out2 and "nothing new since the last demo run: no digest sent" in out2
    assert len(list((tmp_path / "data" / "demo" / "outbox").glob("*.eml"))) == 1


def test_the_demo_email_links_open_in_huunghi_web_demo(tmp_path):
    """Every link of the demo's email works in `huunghi web --demo`: the archive's page of each
    visit, the preferences and the unsubscribe page (signed with the demo's own secret)."""
    import re
    import time
    import urllib.request

    from tests.conftest import _free_port

    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "BASE_URL"}
    env["HUUNGHI_DATA_DIR"] = str(tmp_path / "data")
    # the port alone points the email's links at the archive the demo says to open
    demo = subprocess.run([sys.executable, "-m", "huunghi.cli", "demo", "--port", str(port)], env=env,
                          capture_output=True, text=True, cwd=tmp_path, timeout=180)
    assert demo.returncode == 0, demo.stderr
    assert f"huunghi web --demo --port {port}" in " ".join(demo.stdout.split())
    (eml,) = (tmp_path / "data" / "demo" / "outbox").glob("*.eml")
    text = email.message_from_bytes(eml.read_bytes(), policy=policy.default).get_body(("plain",)).get_content()
    links = re.findall(rf"http://127\.0\.0\.1:{port}/\S+", text)
    assert sum("/visits/" in u for u in links) == 5 and any("/preferences/" in u for u in links)
    log = open(tmp_path / "web.log", "w")  # noqa: SIM115
    web = subprocess.Popen([sys.executable, "-m", "huunghi.cli", "web", "--demo", "--port", str(port)], env=env,
                           cwd=tmp_path, stdout=log, stderr=log)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        for url in links:
            with urllib.request.urlopen(url, timeout=10) as resp:
                page = resp.read().decode()
            assert resp.status == 200 and "Liên kết không hợp lệ" not in page, url
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as resp:
            assert "Lai Châu → Phông Sa Lỳ" in resp.read().decode()
    finally:
        web.terminate()
        web.wait(30)
        log.close()
