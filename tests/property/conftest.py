"""Hypothesis settings for the property tests: modest example counts, and no deadline (the
machine is shared; these tests bound the work, they never time it).

HYPOTHESIS_PROFILE=thorough runs ten times as many examples, for a longer hunt by hand.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("pactwatch", max_examples=100, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", parent=settings.get_profile("pactwatch"), max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "pactwatch"))
