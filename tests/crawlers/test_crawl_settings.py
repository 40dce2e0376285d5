"""The crawl's Scrapy settings: what every crawl process loads."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

LOAD_THE_COMPONENTS = """
import sys
from scrapy.settings import Settings
from scrapy.utils.conf import build_component_list
from scrapy.utils.misc import load_object
import crawlers.settings

settings = Settings()
settings.setmodule(crawlers.settings, priority="project")
loaded = []
for name in ("EXTENSIONS", "DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "ITEM_PIPELINES"):
    loaded += [load_object(path) for path in build_component_list(settings.get_component_priority_dict_with_base(name))]
names = {f"{component.__module__}.{component.__name__}" for component in loaded}
print(sorted(module for module in ("aiohttp", "tldextract", "twisted.conch") if module in sys.modules))
print("scrapy.downloadermiddlewares.retry.RetryMiddleware" in names, "crawlers.extensions.CrawlRunRecorder" in names,
      "scrapy.extensions.corestats.CoreStats" in names, "scrapy.spidermiddlewares.depth.DepthMiddleware" in names)
print(sorted(name.rsplit(".", 1)[1] for name in names if name.endswith(
      ("OffsiteMiddleware", "HttpAuthMiddleware", "MetaCopyDetectionMiddleware", "RefererMiddleware"))))
"""


def test_components_the_crawl_turns_off_are_not_even_imported_and_the_others_still_run():
    """The remote control (aiohttp), the cookie middleware (tldextract) and the telnet console are off in
    every crawl; Scrapy imports any component it lists, so they are left out of its lists. So are the
    per-request components no crawl uses (the offsite filter, HTTP authentication, the meta-copy warning);
    those it does use (the Referer header, the depth statistics) stay."""
    output = subprocess.run([sys.executable, "-c", LOAD_THE_COMPONENTS], capture_output=True, text=True,
                            check=True).stdout.splitlines()

    assert output == ["[]", "True True True True", "['RefererMiddleware']"]


PROJECT_EXTENSIONS = """
import sys
from scrapy.utils.conf import build_component_list
from scrapy.utils.project import get_project_settings
extensions = build_component_list(get_project_settings().get_component_priority_dict_with_base("EXTENSIONS"))
print(any("remote_control" in name for name in extensions), "scrapy.extensions.remote_control" in sys.modules)
"""


def test_scrapys_remote_control_is_neither_started_nor_imported_by_a_crawl():
    result = subprocess.run([sys.executable, "-c", PROJECT_EXTENSIONS], capture_output=True, text=True, check=True,
                            cwd=REPO,
                            env={**os.environ, "SCRAPY_SETTINGS_MODULE": "crawlers.settings"})
    assert result.stdout.split() == ["False", "False"]
