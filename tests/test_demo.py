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
