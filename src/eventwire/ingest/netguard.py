"""Which addresses the fetcher may connect to: public ones, plus ranges the user allows.

A feed is untrusted input: its links (and their redirects) could point at the machine itself or
its private network (SSRF). The check runs where the connection is opened, on the addresses the
name resolves to, so every redirect hop and every spelling of an address (`0x7f000001`,
`2130706433`, `::ffff:127.0.0.1`, a DNS name pointing at 10.0.0.1) is judged by what it reaches.
The connection then goes to the address that was checked, so a second DNS answer cannot differ.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable, Sequence

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

REFUSED_KINDS = ("loopback", "link_local", "multicast", "unspecified", "reserved", "private")
"""`ipaddress` properties that mark an address as not on the public internet, most specific
first (`is_private` also holds for loopback, link-local and unspecified addresses)."""


def parse_networks(ranges: Iterable[str]) -> tuple[IPNetwork, ...]:
    """CIDR ranges as the user wrote them (`10.0.0.0/8`, `127.0.0.1`, `fd00::/8`)."""
    return tuple(ipaddress.ip_network(text.strip(), strict=False) for text in ranges)


def _embedded(address: IPAddress) -> IPAddress:
    """The IPv4 address an IPv6 one carries (`::ffff:127.0.0.1`, 6to4), else the address."""
    if isinstance(address, ipaddress.IPv6Address):
        return address.ipv4_mapped or address.sixtofour or address
    return address


def refusal(address: IPAddress, allowed: Sequence[IPNetwork] = ()) -> str | None:
    """Why connecting to `address` is refused (its kind), or None when it is allowed."""
    for candidate in {address, _embedded(address)}:
        if any(candidate.version == net.version and candidate in net for net in allowed):
            return None
    target = _embedded(address)
    for kind in REFUSED_KINDS:
        if getattr(target, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if target.is_global else "non-public"


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to, as the system resolver (and so a socket) sees it."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise httpcore.ConnectError(f"cannot resolve {host}: {error}") from error
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


class GuardedBackend(httpcore.SyncBackend):
    """Opens TCP connections only to allowed addresses, and to the very address checked."""

    def __init__(self, allowed: Sequence[IPNetwork]) -> None:
        self.allowed = tuple(allowed)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        for address in addresses:  # one private answer refuses the name (DNS rebinding)
            kind = refusal(address, self.allowed)
            if kind:
                raise httpcore.ConnectError(
                    f"refused {host} ({address}): a {kind} address; allow it with "
                    "--allow-network CIDR"
                )
        error: Exception = httpcore.ConnectError(f"{host} has no address")
        for address in addresses:
            try:
                return super().connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as failed:
                error = failed
        raise error


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with its connection pool opening sockets through `GuardedBackend`.

    httpx has no public option for the network backend, so the pool it builds is replaced by
    one built the same way with the guard; proxies from the environment are not used (they
    would connect on our behalf, past the guard).
    """

    def __init__(self, allowed: Sequence[IPNetwork]) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=GuardedBackend(allowed),
        )
