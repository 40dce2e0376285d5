"""Crawl workers on several machines sharing one Redis server ([cluster] redis_url).

A round's requests live in Redis (scrapy-redis's scheduler and duplicate filter, one queue and one
filter per source and round: keys.py); any number of `pactwatch worker` processes run the sources'
spiders on them (worker_round.py), extract and classify, and hand each finished article to the one
writer through a Redis list (handover.py) instead of storing it: a worker never opens the SQLite
file (ClusterRecorder stands in for the crawl's database). The writer (monitor/runs/cluster.py)
stores, merges and alerts as a local round does, and publishes the stored URLs the workers check.
"""
