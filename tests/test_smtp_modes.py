"""SMTP_URL modes against aiosmtpd: STARTTLS with login, implicit TLS, and URL parsing."""

from __future__ import annotations

import datetime as dt
import ssl
from email.message import EmailMessage

import pytest

from notify.transport import SmtpConfig, SmtpTransport, SmtpUnavailable
from tests.conftest import _free_port


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    import ipaddress

    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    d = tmp_path_factory.mktemp("certs")
    (d / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (d / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(d / "cert.pem", d / "key.pem")
    client = ssl.create_default_context(cafile=str(d / "cert.pem"))
    return server, client


class Keep:
    def __init__(self):
        self.got = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.got.append((session.authenticated, envelope.rcpt_tos))
        return "250 OK"


def auth(server, session, envelope, mechanism, data):
    from aiosmtpd.smtp import AuthResult

    ok = data.login == b"huunghi" and data.password == b"s3cret"
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


def message():
    msg = EmailMessage()
    msg["Subject"] = "thử"
    msg["From"] = "a@example.org"
    msg["To"] = "b@example.org"
    msg["Message-ID"] = "<t@example.org>"
    msg.set_content("xin chào")
    return msg


def test_starttls_with_login(certs):
    from aiosmtpd.controller import Controller

    server_ctx, client_ctx = certs
    handler = Keep()
    ctl = Controller(handler, hostname="127.0.0.1", port=_free_port(), tls_context=server_ctx, require_starttls=True,
                     authenticator=auth, auth_require_tls=True)
    ctl.start()
    try:
        cfg = SmtpConfig.from_url(f"smtp+starttls://huunghi:s3cret@127.0.0.1:{ctl.port}")
        assert (cfg.mode, cfg.user, cfg.password) == ("starttls", "huunghi", "s3cret")
        t = SmtpTransport(cfg, ssl_context=client_ctx)
        t.send(message(), "b@example.org")
        t.send(message(), "c@example.org")
        t.close()
        assert handler.got == [(True, ["b@example.org"]), (True, ["c@example.org"])] and t.connections == 1
        bad = SmtpTransport(SmtpConfig.from_url(f"smtp+starttls://huunghi:wrong@127.0.0.1:{ctl.port}"), ssl_context=client_ctx)
        with pytest.raises(SmtpUnavailable, match="login refused"):
            bad.send(message(), "b@example.org")
    finally:
        ctl.stop()


def test_implicit_tls(certs):
    from aiosmtpd.controller import Controller

    server_ctx, client_ctx = certs
    handler = Keep()
    ctl = Controller(handler, hostname="127.0.0.1", port=_free_port(), ssl_context=server_ctx)
    ctl.start()
    try:
        t = SmtpTransport(SmtpConfig.from_url(f"smtps://127.0.0.1:{ctl.port}"), ssl_context=client_ctx)
        t.send(message(), "b@example.org")
        t.close()
        assert [r for _, r in handler.got] == [["b@example.org"]]
    finally:
        ctl.stop()


def test_url_defaults():
    assert SmtpConfig.from_url("smtp://mail.example.org").port == 25
    assert SmtpConfig.from_url("smtps://mail.example.org").port == 465
    assert SmtpConfig.from_url("smtp+starttls://u%40x:p%2Fq@mail.example.org").user == "u@x"
