"""Cron expressions with cron's meaning, for APScheduler 3.

APScheduler's `CronTrigger.from_crontab` reads day-of-week 0 as Monday; cron reads it as
Sunday. Numeric days are translated to names here so `0 2 * * 0` means Sunday, as a user
who copies a crontab line expects.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Optional
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NUMBER = re.compile(r"\b([0-7])\b")


def cron_trigger(expression: str, timezone: str) -> CronTrigger:
    """A trigger for a cron expression in a named time zone; ValueError if invalid.

    Five fields (minute hour day month weekday) as in crontab, or six with a leading seconds
    field for schedules finer than a minute.
    """
    fields = expression.split()
    if len(fields) not in (5, 6):
        raise ValueError(f"expected 5 fields (minute hour day month weekday) or 6 (seconds first), got {len(fields)}")
    second = fields.pop(0) if len(fields) == 6 else "0"
    minute, hour, day, month, weekday = fields
    weekday = _DAY_NUMBER.sub(lambda match: DAY_NAMES[int(match.group(1))], weekday)
    return CronTrigger(second=second, minute=minute, hour=hour, day=day, month=month, day_of_week=weekday,
                       timezone=zone(timezone))


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (expected an IANA name like 'Asia/Baku')") from None


class OffsetTrigger(BaseTrigger):
    """Another trigger's fire times shifted later by a fixed offset: staggers sources on one schedule."""

    def __init__(self, trigger: BaseTrigger, offset: timedelta):
        self.trigger = trigger
        self.offset = offset

    def get_next_fire_time(self, previous_fire_time: Optional[datetime], now: datetime) -> Optional[datetime]:
        previous = previous_fire_time - self.offset if previous_fire_time else None
        fire = self.trigger.get_next_fire_time(previous, now - self.offset)
        return fire + self.offset if fire else None

    def __str__(self) -> str:
        return f"{self.trigger} + {self.offset}"


def previous_fire_time(trigger: BaseTrigger, now: datetime,
                       horizon: timedelta = timedelta(days=8)) -> Optional[datetime]:
    """The latest fire time at or before `now` within `horizon` (None if there is none)."""
    fire = trigger.get_next_fire_time(None, now - horizon)
    latest = None
    while fire is not None and fire <= now:
        latest = fire
        fire = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
    return latest
