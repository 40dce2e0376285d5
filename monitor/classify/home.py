"""The state an outlet writes from, read from its address: the country-code top-level domain
("apa.az", "news.am", "aa.com.tr"). Its press names its own ministry and minister without the
state's name ("the defence minister received a visiting navy delegation"), and a
host names only its guest: the outlet's state is then the other party.

Only the address is read (a crawl knows it for every page): generic and worldwide-used country
domains (.tv, .io, .me ...) name no state.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from monitor.classify.cldr import NOT_STATES

# Country domains sold worldwide as generic names: they say nothing of where an outlet writes from.
GENERIC_CCTLDS = frozenset("ai cc co fm gg io la ly me ml nu to tk tv ws".split())
# Country domains whose code is not the state's ISO code.
CCTLD_CODES = {"uk": "GB"}

_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^/@]*@)?([^/:?#]+)", re.I)


@lru_cache(maxsize=1)
def _states() -> frozenset:
    from babel import Locale
    return frozenset(code for code in Locale("en").territories if len(code) == 2 and code.isalpha()) - NOT_STATES


def home_state(url: Optional[str]) -> Optional[str]:
    """The ISO code of the state whose country domain the address ends in, or None."""
    if not url:
        return None
    match = _HOST.match(url.strip())
    if not match:
        return None
    tld = match.group(1).lower().rstrip(".").rsplit(".", 1)[-1]
    if tld in GENERIC_CCTLDS or len(tld) != 2:
        return None
    code = CCTLD_CODES.get(tld, tld.upper())
    return code if code in _states() else None
