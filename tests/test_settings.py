from pathlib import Path

import pytest

from huunghi.settings import SettingsError, load_settings


def test_defaults_are_the_documented_ones(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    s = load_settings()
    assert s.database_url == "sqlite:///data/huunghi.db"
    assert s.huunghi_config == Path("config/sources.yaml")
    assert s.smtp_url is None
    assert s.mail_from == "huunghi <huunghi@localhost>"
    assert s.base_url == "http://127.0.0.1:8000"
    assert s.outbox_dir == Path("data/outbox")


def test_environment_and_dotenv(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("MAIL_FROM=Hữu nghị <news@example.org>\nBASE_URL=https://hn.example.org/\n")
    monkeypatch.setenv("SMTP_URL", "smtp+starttls://u:p@127.0.0.1:2525")
    s = load_settings()
    assert s.mail_from == "Hữu nghị <news@example.org>"
    assert s.base_url == "https://hn.example.org"  # trailing slash dropped: links are built by joining
    assert s.smtp_url == "smtp+starttls://u:p@127.0.0.1:2525"


def test_bad_setting_names_the_variable(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SMTP_URL", "http://mail.example.org")
    with pytest.raises(SettingsError, match="SMTP_URL.*smtp://"):
        load_settings()


def test_secret_is_generated_once_into_data(tmp_path):
    s = load_settings(huunghi_data_dir=tmp_path / "d")
    first = s.secret
    again = load_settings(huunghi_data_dir=tmp_path / "d").secret
    assert first == again and len(first) >= 32
    assert (tmp_path / "d" / "secret").stat().st_mode & 0o077 == 0
    assert load_settings(huunghi_secret="from-env", huunghi_data_dir=tmp_path / "d").secret == b"from-env"
