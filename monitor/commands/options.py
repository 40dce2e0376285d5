"""Options several read commands share: a state or a pair of states by code or English name, and
--wide."""

from __future__ import annotations

from typing import Callable

import click

from monitor.config.countries import country_code, pair_codes


class Parsed(click.ParamType):
    """A value read by a function that raises ValueError on what it cannot read: that message is a
    usage error (exit 2), never a filter that silently matches nothing."""

    def __init__(self, name: str, parse: Callable[[str], object]):
        self.name, self.parse = name, parse

    def convert(self, value, param, ctx):
        try:
            return self.parse(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


# A state's ISO alpha-2 code or English name ("AZ", "az", "Azerbaijan"), or a bloc: its code.
COUNTRY = Parsed("country", country_code)
# Two states, "AZ-KZ" or "Azerbaijan,Kazakhstan": their codes, sorted.
PAIR = Parsed("pair", pair_codes)


def country_option(help_text: str = "Only events involving this state: an ISO alpha-2 code or English name."):
    return click.option("--country", metavar="STATE", type=COUNTRY, help=help_text)


wide_option = click.option("--wide", is_flag=True,
                           help="Show every cell whole (in a terminal, long text wraps at word boundaries)"
                                " instead of shortening text to fit the width.")
