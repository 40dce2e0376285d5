"""What a fetched article page becomes, made where the page is extracted, with its verdict.

The spider turns an extraction into the stored article (the listed title and date as fallbacks,
the source's cleanup rules, its one language) and the classify pipeline then asks the extraction
workers for the verdict: two hand-overs to a worker process for each page. A hand-over costs the
crawl process, on its one reactor thread, 0.1-0.3 ms of CPU whatever it carries (a process pool's
queues, its feeder and manager threads, waking the event loop), so the worker that extracts a page
also makes the article the classifier reads (PageArticle.article, the spider's own rules) and
classifies it in the same call (extract_and_classify).

The page crosses to the worker as the response's bytes and the name of its encoding, and is decoded
there: handed over decoded, the crawl process decoded it (Scrapy's `response.text`) and pickled it
back into UTF-8 (non-ASCII text: the benchmark site's 174 KB pages, ~0.2 and ~0.3 ms a page), and
the worker's unpickling decoded it again (~0.2 ms), which is now its one decoding.

The spider attaches that verdict to its item only when the item reads exactly as the article the
worker classified (crawlers/spiders/source.py), so a verdict is never stored with a text it was
not made from; otherwise, and for articles no page was fetched for, the pipeline classifies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from crawlers.cleanup import clean_text
from crawlers.discovery.dates import is_before
from crawlers.encoding import decoded_page_and_utf8
from crawlers.extraction import MIN_TEXT_CHARS, Extracted, extract_article
from crawlers.page_dates import DateRules
from monitor.analysis.store import ArticleRecord
from monitor.classify import Article, Detection, classify
from monitor.config import Selectors
from monitor.config.source_options import Cleanup


@dataclass(frozen=True)
class PageArticle:
    """What the spider knows of an article page before extracting it: its URL, what discovery
    listed for it (title; date, already in the source's zone) and the source's rules for its text."""

    url: str
    listed_title: str = ""
    listed_published: Optional[str] = None
    language: Optional[str] = None
    cleanup: Cleanup = Cleanup()
    since: Optional[date] = None

    def published(self, extracted: Extracted) -> tuple[Optional[str], Optional[str]]:
        """The publish date and where it came from: the page's own, else the listing's."""
        if extracted.published_at is None and self.listed_published:
            return self.listed_published, "discovery"
        return extracted.published_at, extracted.date_from

    def title(self, extracted: Extracted) -> str:
        return extracted.title or self.listed_title or ""

    def article(self, extracted: Extracted) -> Optional[Article]:
        """What the classifier reads of the stored article, or None when the spider stores none
        (older than `since`, or no text left after the cleanup rules)."""
        published, _ = self.published(extracted)
        if is_before(published, self.since):
            return None
        text = clean_text(extracted.text, self.cleanup)
        if len(text) < MIN_TEXT_CHARS:
            return None
        return ArticleRecord(url=self.url, source="", title=self.title(extracted), text=text, published_at=published,
                             lang=extracted.lang or self.language).for_classifier()


@dataclass(frozen=True)
class Classified:
    """A verdict and the article it was made for."""

    article: Article
    detection: Detection


def extract_and_classify(body: bytes, encoding: str, url: str, selectors: Selectors, dates: DateRules,
                         page: PageArticle) -> tuple[Optional[Extracted], Optional[Classified]]:
    """The page's extraction (extract_article) and the classifier's verdict on the article it makes,
    from the response's body and encoding (crawlers/encoding.py: decoded_page)."""
    html, utf8 = decoded_page_and_utf8(body, encoding, url)
    extracted = extract_article(html, url, selectors, dates, utf8=utf8)
    article = page.article(extracted) if extracted is not None else None
    return extracted, Classified(article, classify(article)) if article is not None else None
