"""What pactwatch's Scrapy settings leave out of every crawl."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from scrapy.utils.conf import build_component_list
from scrapy.utils.project import get_project_settings
extensions = build_component_list(get_project_settings().get_component_priority_dict_with_base("EXTENSIONS"))
print(any("remote_control" in name for name in extensions), "scrapy.extensions.remote_control" in sys.modules)
"""


def test_scrapys_remote_control_is_neither_started_nor_imported_by_a_crawl():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=REPO,
                            env={**os.environ, "SCRAPY_SETTINGS_MODULE": "crawlers.settings"})
    assert result.stdout.split() == ["False", "False"]
