"""The site's "now": `SOURCE_DATE_EPOCH` when set, else the wall clock, in TIMEZONE.

Everything that depends on the date (missed days, scheduled posts) asks
here, so a build with `SOURCE_DATE_EPOCH` set is reproducible.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from zoneinfo import ZoneInfo


def site_now(timezone: str, environ: dict | None = None) -> datetime:
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.astimezone(ZoneInfo(timezone))
