"""The Scrapy project: one generic spider per configured source, discovery, extraction and pipelines."""
