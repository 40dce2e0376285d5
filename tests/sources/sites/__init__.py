"""One fixture site per source of the default configuration, each mirroring what the research
notes record of the real site (URL patterns, feeds, listings, APIs, markup, dates, boilerplate).

Every module defines FIXTURE; the texts are written for these fixtures, not taken from the sites.
"""

from importlib import import_module
from pkgutil import iter_modules


def all_fixtures():
    """Every source fixture, by source name."""
    fixtures = {}
    for module in iter_modules(__path__):
        fixture = import_module(f"{__name__}.{module.name}").FIXTURE
        fixtures[fixture.source] = fixture
    return fixtures
