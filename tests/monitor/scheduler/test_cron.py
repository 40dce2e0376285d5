"""Schedules mean what cron means, and sources on one schedule start apart."""

from datetime import datetime, timedelta, timezone

import pytest

from monitor.config import parse_config
from monitor.config.cron import OffsetTrigger, cron_trigger, previous_fire_time
from monitor.scheduler.daemon import next_run_times

NOON = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)  # a Sunday


def test_weekday_zero_is_sunday_as_in_crontab():
    fire = cron_trigger("0 2 * * 0", "UTC").get_next_fire_time(None, NOON)
    assert fire.strftime("%A") == "Sunday"


def test_six_fields_schedule_by_the_second():
    fire = cron_trigger("*/5 * * * * *", "UTC").get_next_fire_time(None, NOON)
    assert fire == NOON


def test_time_zone_is_applied():
    fire = cron_trigger("0 2 * * *", "Asia/Baku").get_next_fire_time(None, NOON)
    assert fire.astimezone(timezone.utc) == datetime(2026, 11, 22, 22, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("expression", ["61 2 * * *", "0 2 * *", "every night"])
def test_bad_expressions_are_refused(expression):
    with pytest.raises(ValueError):
        cron_trigger(expression, "UTC")


def test_offset_trigger_and_previous_fire_time():
    trigger = OffsetTrigger(cron_trigger("0 2 * * *", "UTC"), timedelta(minutes=10))
    assert trigger.get_next_fire_time(None, NOON) == datetime(2026, 11, 23, 2, 10, tzinfo=timezone.utc)
    assert previous_fire_time(trigger, NOON) == datetime(2026, 11, 22, 2, 10, tzinfo=timezone.utc)


def test_sources_on_the_default_schedule_are_staggered_and_overrides_are_kept():
    config = parse_config({
        "schedule": {"cron": "0 2 * * *", "timezone": "UTC", "stagger_minutes": 7},
        "sources": [{"name": "a", "feeds": ["http://e.org/a"]},
                    {"name": "b", "feeds": ["http://e.org/b"]},
                    {"name": "c", "feeds": ["http://e.org/c"], "schedule": "30 4 * * *"},
                    {"name": "d", "feeds": ["http://e.org/d"], "enabled": False}]})
    times = next_run_times(config, NOON)

    assert times == {"a": datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc),
                     "b": datetime(2026, 11, 23, 2, 7, tzinfo=timezone.utc),
                     "c": datetime(2026, 11, 23, 4, 30, tzinfo=timezone.utc)}
