"""Scrapy settings for pactwatch: polite by default. Per-source values come from pactwatch.toml.

The politeness and size defaults are the config's own ([crawler] in monitor.config), written
once there: every source spider overrides them with the configured values (crawlers/loader.py).
"""

from scrapy.settings import default_settings as _scrapy_defaults

from monitor.config import CrawlerSettings

_CRAWLER = CrawlerSettings()

BOT_NAME = "pactwatch"
SPIDER_LOADER_CLASS = "crawlers.loader.SourceSpiderLoader"

ROBOTSTXT_OBEY = _CRAWLER.obey_robots
AUTOTHROTTLE_ENABLED = _CRAWLER.autothrottle
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = _CRAWLER.concurrent_per_domain
DOWNLOAD_TIMEOUT = _CRAWLER.download_timeout
# A source's download_delay is the time between two requests to its site, as README says: never
# less. Scrapy's default jitter (±50%) sends some requests sooner, and Scrapy 2.19 draws a new delay
# each time it looks at a waiting slot, so a slot waits for the longest of several draws: on average
# 1.22x the delay, and the slowest of 25 sites' chains of 20 requests at 0.5 s took ~13.1 s instead
# of 10 (simulated; `python -m benchmarks round`, BENCHMARKS.md section 10).
DOWNLOAD_DELAY_JITTER = 0
# ...and counted from when a request starts downloading, not from when its slot released it (a
# round's busy reactor may start one late, bringing the next one closer): crawlers/downloader.py.
DOWNLOADER = "crawlers.downloader.PoliteDownloader"
DOWNLOAD_MAXSIZE = _CRAWLER.max_page_bytes
DOWNLOAD_WARNSIZE = _CRAWLER.warn_page_bytes
RETRY_ENABLED = True
RETRY_TIMES = _CRAWLER.retry_times
RETRY_GIVE_UP_LOG_LEVEL = "DEBUG"  # the spider logs each failed URL once, with its reason (crawlers/log_lines.py)
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote control (for its MCP server) is on by default: every crawl, each of a round's,
# starts an HTTP server on 127.0.0.1 that runs any Python code sent with the token it writes to the
# user's state directory. A process that parses pages from the web has no use for it, as for the
# telnet console.
REMOTE_CONTROL_ENABLED = False
# Components that are off (above) are still imported by Scrapy when they are listed, in its _BASE
# settings or as None in EXTENSIONS (it resolves the keys): the remote control imports aiohttp and the
# cookie middleware tldextract, ~0.15 s of CPU in every crawl process. Scrapy's own lists, without them.
_UNUSED_COMPONENTS = {"scrapy.extensions.telnet.TelnetConsole", "scrapy.extensions.remote_control.RemoteControl",
                      "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"}
# Components on by default that no pactwatch crawl uses, each called for every request or every output
# of a response on the crawl's one reactor thread (~10 µs a request in their own code, timed alone, plus
# Scrapy's call of each in its chain: BENCHMARKS.md section 1, wip-s10p). The offsite filter lets
# everything through when a spider names no allowed_domains (none does: a source's hosts are checked by
# the spider and SourceGuardMiddleware), and runs twice a request. HTTP authentication acts only on a
# spider's http_user/http_pass or a request's meta (pactwatch sets neither; a source's own headers are sent
# as they are). The meta-copy warning is a development aid for spiders that copy response.meta into new
# requests (the source spider builds every request's meta itself).
_UNUSED_COMPONENTS |= {"scrapy.downloadermiddlewares.offsite.OffsiteMiddleware",
                       "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware",
                       "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware"}
EXTENSIONS_BASE = {path: order for path, order in _scrapy_defaults.EXTENSIONS_BASE.items()
                   if path not in _UNUSED_COMPONENTS}
# Scrapy's meta-refresh middleware decodes every page whole to read its first 4,096 characters; ours
# decodes only the start of the body (crawlers/meta_refresh.py), in the same place of the chain.
_REPLACED_COMPONENTS = {"scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware":
                        "crawlers.meta_refresh.HeadMetaRefreshMiddleware"}
DOWNLOADER_MIDDLEWARES_BASE = {_REPLACED_COMPONENTS.get(path, path): order
                               for path, order in _scrapy_defaults.DOWNLOADER_MIDDLEWARES_BASE.items()
                               if path not in _UNUSED_COMPONENTS}
SPIDER_MIDDLEWARES_BASE = {path: order for path, order in _scrapy_defaults.SPIDER_MIDDLEWARES_BASE.items()
                           if path not in _UNUSED_COMPONENTS}

# Retry-After is read before RetryMiddleware (550) sees the response.
DOWNLOADER_MIDDLEWARES = {
    "crawlers.time_limit.SourceTimeLimit": 40,
    "crawlers.middlewares.SourceGuardMiddleware": 50,
    "crawlers.retry_after.RetryAfterMiddleware": 560,
}
PACTWATCH_RETRY_AFTER_MAX = 60.0
TWISTED_DNS_RESOLVER = "crawlers.resolver.PublicAddressResolver"
# Items (and requests) of one response processed at once. Scrapy starts that many asyncio tasks for
# every response, whatever it yields: at its default of 100 that cost 0.49 ms a response against
# 0.05 ms at 4 (scrapy.utils.asyncio._parallel_asyncio, timed alone), on the crawl's one reactor
# thread. A response yields one article, or a feed's links; 8 keeps the extraction workers busy
# when a feed or an API carries many articles' texts at once.
CONCURRENT_ITEMS = 8
ITEM_PIPELINES = {
    "crawlers.pipelines.ClassifyPipeline": 300,
    "crawlers.pipelines.StorePipeline": 800,
}
# The source lock is taken first (nothing is forked or opened beside a running crawl of the source)
# and released after the run row is closed (engine_stopped).
EXTENSIONS = {"crawlers.source_lock.SourceLockHolder": 400, "crawlers.extraction_pool.ExtractionPool": 450,
              "crawlers.extensions.CrawlRunRecorder": 500, "crawlers.log_lines.OneLinePerFailure": 520}
PACTWATCH_PROGRESS_INTERVAL = 1.0  # seconds between updates of a running crawl's counts in crawl_runs

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
