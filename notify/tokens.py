"""Signed links: unsubscribe and preferences tokens (HMAC, HUUNGHI_SECRET), revocable.

A token names the subscriber, the action and the subscriber's token version; bumping the version
(on unsubscribe, or by the operator) revokes every token issued before.
"""

from __future__ import annotations

from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeSerializer

ACTIONS = ("unsubscribe", "preferences", "confirm")


class TokenError(ValueError):
    """The token is forged, altered, for another action, or revoked."""


@dataclass(frozen=True)
class TokenData:
    subscriber_id: int
    version: int
    action: str


def _serializer(secret: bytes, action: str) -> URLSafeSerializer:
    return URLSafeSerializer(secret, salt=f"huunghi.{action}")


def make_token(secret: bytes, subscriber_id: int, version: int, action: str) -> str:
    if action not in ACTIONS:
        raise ValueError(action)
    return _serializer(secret, action).dumps({"s": subscriber_id, "v": version})


def read_token(secret: bytes, token: str, action: str) -> TokenData:
    try:
        data = _serializer(secret, action).loads(token)
    except BadSignature:
        raise TokenError("this link is not valid: it was altered or not issued by us") from None
    if not isinstance(data, dict) or not isinstance(data.get("s"), int) or not isinstance(data.get("v"), int):
        raise TokenError("this link is not valid")
    return TokenData(data["s"], data["v"], action)
