"""The item a spider yields for each article page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass
class ArticleItem:
    """One extracted article, on its way through classification to storage."""

    url: str
    source: str
    title: str
    text: str
    published_at: Optional[str] = None
    lang: Optional[str] = None
    author: Optional[str] = None
    discovered_from: Optional[str] = None
    origin_outlet: Optional[str] = None
    origin_source: Optional[str] = None
    detection: Optional[Any] = field(default=None, repr=False)
