"""The item a spider yields for each article page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from monitor.analysis.store import ArticleRecord


@dataclass
class ArticleItem(ArticleRecord):
    """One extracted article, on its way through classification to storage: the article as it is
    stored, plus where the crawl found it and, once classified, the classifier's verdict."""

    discovered_from: Optional[str] = None
    detection: Optional[Any] = field(default=None, repr=False)
