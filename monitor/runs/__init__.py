"""Crawls as the user sees them: one `scrapy crawl` subprocess per source, its live progress, a
source checked into a throw-away database, and source health read from the runs."""
