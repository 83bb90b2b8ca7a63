"""What keeps `memo serve` private: a token off loopback, CSRF checks, a strict CSP.

Checked in one ASGI middleware in front of every route, so a route cannot forget it:

- **Token.** On a loopback address with no `--token`, the only clients are on this
  machine; the Host header must then name loopback too, so a web page that rebinds its own
  DNS name to 127.0.0.1 is still refused. Anywhere else a token is required on every
  request: `?token=` (which also sets an HttpOnly cookie and redirects to the same URL
  without it, so it does not linger in history), the cookie, or `Authorization: Bearer`.
  Compared with `hmac.compare_digest`.
- **Writes.** Only POST writes. A POST must come from our own pages: its Origin (or
  Referer) names this host, and its form carries the per-server CSRF token (checked by
  `check_csrf` where the form is parsed). `--read-only` refuses every POST.
- **Headers.** A Content-Security-Policy that allows only our own script, style and media
  files (no inline script), no framing, and no referrer sent to another site (not
  `no-referrer`: with it Chromium sends `Origin: null` on our own form posts).
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE = "memo_token"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "media-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
LOOPBACK_NAMES = {"localhost", "ip6-localhost"}


def new_token() -> str:
    return secrets.token_urlsafe(24)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost; 0.0.0.0 listens everywhere, so False."""
    host = host.strip("[]")
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def same(a: str | None, b: str) -> bool:
    return a is not None and hmac.compare_digest(a.encode(), b.encode())


class Security:
    """ASGI middleware: token, Host and Origin checks, read-only, security headers."""

    def __init__(
        self, app: ASGIApp, *, token: str | None, csrf: str, read_only: bool = False
    ) -> None:
        self.app = app
        self.token = token
        self.csrf = csrf
        self.read_only = read_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refusal = self._refusal(request)
        if refusal is None and self.token is not None:
            given = request.query_params.get("token")
            if given is not None and same(given, self.token):
                refusal = self._login(request)
        if refusal is not None:
            await _with_headers(refusal)(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.setdefault("headers", [])
                present = {k.lower() for k, _ in headers}
                for k, v in HEADERS.items():
                    if k.encode() not in present:
                        headers.append((k.encode(), v.encode()))
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _refusal(self, request: Request) -> Response | None:
        host = request.headers.get("host", "")
        if self.token is None:
            if not is_loopback(_hostname(host)):
                return PlainTextResponse("memo serve: this server answers on loopback only", 403)
        elif not self._authorised(request):
            return PlainTextResponse(
                "memo serve: a token is required (open the URL that memo serve printed)", 401
            )
        if request.method not in ("GET", "HEAD"):
            if request.method != "POST":
                return PlainTextResponse("method not allowed", 405)
            if self.read_only:
                return PlainTextResponse("memo serve --read-only: changes are turned off", 403)
            origin = request.headers.get("origin") or request.headers.get("referer")
            if not origin or urlsplit(origin).netloc != host:
                return PlainTextResponse("cross-site request refused", 403)
        return None

    def _authorised(self, request: Request) -> bool:
        assert self.token is not None
        auth = request.headers.get("authorization", "")
        candidates = [
            request.query_params.get("token"),
            _cookie(request.headers.get("cookie", "")),
            auth[7:] if auth.lower().startswith("bearer ") else None,
        ]
        return any(same(c, self.token) for c in candidates)

    def _login(self, request: Request) -> Response:
        """`?token=` is for the first visit: keep it in a cookie and drop it from the URL."""
        query = urlencode([(k, v) for k, v in parse_qsl(request.url.query) if k != "token"])
        target = request.url.path + (f"?{query}" if query else "")
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(
            COOKIE, self.token or "", httponly=True, samesite="strict", max_age=30 * 86400
        )
        return response


async def check_csrf(request: Request, form: FormData | None = None) -> bool:
    """Whether a POST carries this server's CSRF token (form field `csrf` or the header)."""
    csrf: str = request.app.state.csrf
    given: Any = request.headers.get("x-csrf-token")
    if given is None and form is not None:
        given = form.get("csrf")
    return isinstance(given, str) and same(given, csrf)


def _hostname(host: str) -> str:
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cookie(header: str) -> str | None:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except Exception:
        return None
    morsel = jar.get(COOKIE)
    return morsel.value if morsel else None


def _with_headers(response: Response) -> Response:
    for k, v in HEADERS.items():
        response.headers.setdefault(k, v)
    return response
