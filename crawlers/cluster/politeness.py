"""One site's politeness held across every worker: its delay and concurrency, whoever fetches.

Scrapy keeps a site's DOWNLOAD_DELAY and CONCURRENT_REQUESTS_PER_DOMAIN per process; scrapy-redis
shares the queue and the duplicate filter, not the download slots, so N workers would hit a site N
times as hard. This downloader middleware makes each request take a slot of its host in Redis first:
a Lua script (atomic, on the Redis server's clock, so the workers' clocks do not matter) grants it when
fewer than CONCURRENT_REQUESTS_PER_DOMAIN of the host's requests are in flight and DOWNLOAD_DELAY has
passed since the host's last grant; otherwise the request waits and asks again. A granted slot is a
lease, given back when the response (or the failure) comes, and expiring after the download timeout if
its worker dies meanwhile, so a killed worker never holds a site for good.

The gate is the last middleware before the download and the only delay on a worker: Scrapy's own
per-process delay (DOWNLOAD_DELAY, AutoThrottle) waits *after* the middlewares, in the download
slot, so a request granted at one moment went out up to a delay later, closer to the next worker's
than the delay allows; a worker's round process therefore runs with the smallest delay and no
AutoThrottle (crawlers/cluster/worker_round.py).
"""

from __future__ import annotations

import asyncio
import uuid
from urllib.parse import urlsplit

from crawlers.cluster import keys
from crawlers.cluster.connection import settings_client

LEASE_MARGIN_SECONDS = 5.0
RETRY_SECONDS = 0.05
TOKEN = "pactwatch_slot"

# KEYS: the host's next free time, its leases. ARGV: delay, concurrency, token, lease seconds.
# Returns 0 when granted, else how long to wait (seconds, as text).
GRANT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then return tostring(ARGV[5]) end
local after = tonumber(redis.call('GET', KEYS[1]) or '0')
if after > now then return tostring(after - now) end
local lease = tonumber(ARGV[4])
redis.call('SET', KEYS[1], tostring(now + tonumber(ARGV[1])), 'EX', math.ceil(tonumber(ARGV[1]) + 1))
redis.call('ZADD', KEYS[2], now + lease, ARGV[3])
redis.call('EXPIRE', KEYS[2], math.ceil(lease) + 1)
return 0
"""


def host_keys(url: str) -> tuple[str, str]:
    netloc = urlsplit(url).netloc.lower()
    return f"{keys.PREFIX}:host:{netloc}:next", f"{keys.PREFIX}:host:{netloc}:leases"


class SharedPoliteness:
    def __init__(self, crawler, client):
        self.crawler = crawler
        self.client = client
        self.grant = client.register_script(GRANT)
        settings = crawler.settings
        self.delay = settings.getfloat(keys.SHARED_DELAY_SETTING, settings.getfloat("DOWNLOAD_DELAY"))
        self.concurrency = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"))
        self.lease = settings.getfloat("DOWNLOAD_TIMEOUT") + LEASE_MARGIN_SECONDS

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, settings_client(crawler.settings))

    async def process_request(self, request):
        token = uuid.uuid4().hex
        waited = 0.0
        while True:
            wait = float(self.grant(keys=host_keys(request.url),
                                    args=[self.delay, self.concurrency, token, self.lease, RETRY_SECONDS]))
            if wait <= 0:
                break
            waited += wait
            await asyncio.sleep(wait)
        request.meta[TOKEN] = token
        if waited:
            self.crawler.stats.inc_value("pactwatch/politeness_waits")
        return None

    def process_response(self, request, response):
        self._give_back(request)
        return response

    def process_exception(self, request, exception):
        self._give_back(request)
        return None

    def _give_back(self, request) -> None:
        token = request.meta.pop(TOKEN, None)
        if token:
            self.client.zrem(host_keys(request.url)[1], token)
