"""Who may change the library: the serving mode, sign-in names, and the security headers.

| mode (how `minutes-qa serve` was started)  | not signed in               | signed in             |
| ------------------------------------------ | --------------------------- | --------------------- |
| loopback host, no --auth (plain localhost) | ask, upload, re-index       | (no sign-in)          |
| --auth (any host)                          | nothing: the sign-in page   | ask, upload, re-index |
| --read-only (any host)                     | ask                         | (no sign-in)          |
| --read-only --auth                         | nothing: the sign-in page   | ask                   |

A host other than loopback needs --auth or --read-only. The upload and re-index functions
check this themselves (`refusal`), so calling them through Gradio's queue API is no way round.
No gradio import here: the CLI checks its options before loading anything heavy.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from pathlib import Path

READ_ONLY_NOTE = "This server is read-only: uploading and re-indexing are switched off."
SIGN_IN_NOTE = "Sign in to upload or re-index: this server takes changes only from signed-in users."


class AccessError(ValueError):
    """A serving mode or credential that cannot be used (one line for the CLI)."""


@dataclass(frozen=True)
class Access:
    """How the server was started: signed-in users (name -> password), read-only, loopback host."""

    users: dict[str, str] = field(default_factory=dict)
    read_only: bool = False
    loopback: bool = True

    @property
    def open_to_all(self) -> bool:
        """Plain localhost: anyone who can reach the server may change the library."""
        return self.loopback and not self.users and not self.read_only

    def refusal(self, username: str | None) -> str | None:
        """Why this user may not upload or re-index, or None when they may."""
        if self.read_only:
            return READ_ONLY_NOTE
        if self.open_to_all or (username and username in self.users):
            return None
        return SIGN_IN_NOTE

    def gradio_auth(self) -> list[tuple[str, str]] | None:
        """The `auth` argument for Gradio's launch: every page and API call needs a signed-in user."""
        return sorted(self.users.items()) or None


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or "localhost"; anything else (0.0.0.0, a name, an outside address) is not."""
    host = host.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_user(pair: str, where: str = "--auth") -> tuple[str, str]:
    """'user:password' -> (user, password); the password may contain ':'."""
    user, colon, password = pair.partition(":")
    if not colon or not user.strip() or not password:
        shown = f" (given for {user.strip()!r})" if user.strip() else ""     # never echo a password
        raise AccessError(f"{where} takes user:password, a name and a non-empty password{shown}")
    return user.strip(), password


def read_users(path: Path | str) -> list[tuple[str, str]]:
    """user:password lines from a file; blank lines and lines starting with # are skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise AccessError(f"cannot read the --auth-file {path}: {error}") from error
    pairs = [parse_user(line.strip(), f"--auth-file {path}, line {n}")
             for n, line in enumerate(lines, start=1) if line.strip() and not line.lstrip().startswith("#")]
    if not pairs:
        raise AccessError(f"the --auth-file {path} lists no user:password lines")
    return pairs


def serving_access(host: str, auth: tuple[str, ...] = (), auth_file: str | None = None,
                   read_only: bool = False) -> Access:
    """The access mode for `serve`; AccessError when a host beyond loopback would be open to all."""
    pairs = [parse_user(pair) for pair in auth] + (read_users(auth_file) if auth_file else [])
    loopback = is_loopback(host)
    if not loopback and not pairs and not read_only:
        raise AccessError(f"--host {host} is reachable from other machines: add --auth user:password "
                          "(or --auth-file) so that only signed-in users can change the library, or --read-only")
    return Access(users=dict(pairs), read_only=read_only, loopback=loopback)


# ------------------------------------------------------------------ headers on every response

# Only this server, never another host. What Gradio 6's page needs beyond 'self', measured in
# Chromium (a stricter policy and the page stays blank or answers never show):
# - script 'unsafe-inline': the page's configuration is an inline <script>;
# - script 'unsafe-eval': gr.HTML renders its value through a template compiled with Function()
#   (every answer, card and report on the page is a gr.HTML);
# - style 'unsafe-inline': components set style attributes and the app's CSS is an inline <style>;
# - img data:: icons drawn as data:image/svg+xml.
# tests/test_browser.py fails on any Content-Security-Policy violation in the pages it drives.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class SecurityHeaders:
    """ASGI middleware: sets the security headers on every HTTP response, streamed ones included."""

    def __init__(self, app, headers: dict[str, str] | None = None):
        self.app = app
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1"))
                        for k, v in (headers or SECURITY_HEADERS).items()]

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        names = {name for name, _ in self.headers}

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message = {**message, "headers": kept + self.headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class NoUploads:
    """ASGI middleware for a read-only server: Gradio's upload route is refused (403), so no one
    can put files in its cache when nothing on the page takes them."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["path"].rstrip("/").endswith("/gradio_api/upload"):
            body = b'{"detail": "This server is read-only: it takes no uploads."}'
            await send({"type": "http.response.start", "status": 403,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)


def middleware(access: Access) -> list[tuple[type, dict]]:
    """(class, options) of the ASGI middleware a server in this mode runs, outermost first."""
    return [(SecurityHeaders, {})] + ([(NoUploads, {})] if access.read_only else [])
