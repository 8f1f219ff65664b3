"""Names that stand for an address but reach no one (RFC 2606, RFC 6761).

A published site at such a host, or a feed whose item ids carry one, is a
sample or a test: `make quickstart` refuses them as an answer and `make
publish` refuses to build with them. Standard library only.
"""

from __future__ import annotations

import ipaddress

# The sample blog's feed id authority: a site of yours needs its own.
SAMPLE_AUTHORITY = "connect365.example"
RESERVED_DOMAINS = ("example.com", "example.net", "example.org")
RESERVED_TOP_LEVEL = ("example", "invalid", "test", "localhost", "local")


def placeholder_host(host: str) -> bool:
    """True for example.com and its kin, *.example, *.invalid, *.test, localhost, loopback."""
    host = host.lower().rstrip(".")
    try:
        return ipaddress.ip_address(host).is_loopback or ipaddress.ip_address(host).is_unspecified
    except ValueError:
        pass
    labels = host.split(".")
    if labels[-1] in RESERVED_TOP_LEVEL:
        return True
    return any(host == domain or host.endswith("." + domain) for domain in RESERVED_DOMAINS)
