"""Measure the classifier and the event clustering against a labelled corpus (SCHEMA.md format).

A corpus is a folder of ``<id>.txt`` files and ``labels*.jsonl`` files. Each file is classified as
an article whose title is its first non-empty line and whose text is the whole file (the label's
``url`` is passed as the article's URL, the only metadata a crawl would also have).

Metrics, overall and per gold language:
- flag precision / recall / F1 over all articles;
- main-event kind accuracy, parties exact-match and plan-year accuracy over the articles flagged
  in BOTH gold and prediction, comparing the gold main event (the first event with exactly two
  states) with the predicted main event (the first event); date accuracy is reported the same way;
- event clustering: pairwise precision / recall / F1 where gold pairs are pairs of gold-flagged
  articles sharing a ``story`` and predicted pairs are pairs of predicted-flagged articles whose
  main events the product's own event merging (``monitor.analysis.events.merge``, on a temporary SQLite
  file, as after a crawl) puts in one stored event;
- ``unsupported``: articles in a language pactwatch has no rules for (never flagged, so a
  labelled act among them counts as missed), and how many of them are flagged in the labels;
- ``reliability``: per confidence band of the flagged articles' main events, how many there are
  and the share that is right (flagged in the labels, kind and parties as labelled), and the same
  for all those at or above ``CONFIDENT`` (what ``[alerts] min_confidence`` promises);
- ``confusion``: gold main kind -> predicted main kind -> articles ("none" for not flagged);
- ``clustering_detected``: the same, counted only over articles flagged in both whose predicted
  main event has the gold pair of states. Articles the classifier misses or gives the wrong
  states cannot be clustered right whatever the merging does; this figure is what event
  identity alone answers for.

Several folders may be evaluated together (``evaluate([dev, train, val])``): stories shared by
articles of different folders then count as pairs too. Ids are prefixed with their folder's
name when more than one folder is given.
- ``misclassified``: ids whose flag, kind, parties or plan year is wrong, with what went wrong;
- ``right``: ids fully right (flag, and for flagged articles kind, parties and plan year).
"""

from __future__ import annotations

import json
import logging
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Optional, Sequence, Union

from monitor.analysis.events.merge import merge_pending
from monitor.analysis.store import ArticleRecord, store_article
from monitor.classify import EVENT_KINDS, Article, Detection, classify
from monitor.classify.dates import page_date
from monitor.classify.lexicons import load
from monitor.classify.text import lowercase, normalise
from storage import open_db
from storage.events import article_mentions

logger = logging.getLogger(__name__)

# Confidence bands of the reliability table (lower bounds), and the level it sums up from.
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
CONFIDENT = 0.8
NONE = "none"


def load_corpus(corpus_dir: Path) -> list[dict]:
    """Every labelled article of the corpus (labels joined with their text), in id order."""
    labels: dict[str, dict] = {}
    for path in sorted(corpus_dir.glob("labels*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                labels[record["id"]] = record
    corpus = []
    for article_id in sorted(labels):
        path = corpus_dir / f"{article_id}.txt"
        if not path.exists():
            logger.warning("no text for labelled article %s", article_id)
            continue
        corpus.append({**labels[article_id], "text": path.read_text(encoding="utf-8")})
    return corpus


def article_of(record: dict) -> Article:
    """The classifier's view of a corpus file: first non-empty line as title, whole file as text
    (made as every article's is, by ArticleRecord.for_classifier)."""
    text = record["text"]
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return ArticleRecord(url=record.get("url") or "", source="corpus", title=title, text=text).for_classifier()


def gold_main(record: dict) -> Optional[dict]:
    """The gold main event: the first event with exactly two parties that are states."""
    for event in record.get("events", []):
        if len(event["parties"]) == 2 and all(len(code) == 2 for code in event["parties"]):
            return event
    return None


def load_corpora(corpus_dirs: Sequence[Path]) -> list[dict]:
    """The labelled articles of several folders; ids become ``folder/id`` when there are several."""
    if len(corpus_dirs) == 1:
        return load_corpus(Path(corpus_dirs[0]))
    return [{**record, "id": f"{Path(folder).name}/{record['id']}"}
            for folder in corpus_dirs for record in load_corpus(Path(folder))]


def evaluate(corpus_dirs: Union[Path, Sequence[Path]]) -> dict:
    """Run the classifier and the clustering over one corpus folder or several together and return
    the metrics (see module doc)."""
    folders = [corpus_dirs] if isinstance(corpus_dirs, (str, Path)) else list(corpus_dirs)
    corpus = load_corpora(folders)
    rows = []
    for record in corpus:
        article = article_of(record)
        detection = classify(article)
        rows.append({"record": record, "detection": detection, "published": page_day(article, detection.lang)})
    result = _metrics(rows)
    result["by_lang"] = {lang: _metrics([row for row in rows if row["record"]["lang"] == lang])
                         for lang in sorted({row["record"]["lang"] for row in rows})}
    result["misclassified"] = [entry for row in rows if (entry := _mistake(row))]
    result["right"] = [row["record"]["id"] for row in rows if not _mistake(row)]
    return result


def page_day(article: Article, lang: str):
    """The page date (a date line at the top, read in the article's language, or the URL)
    standing in for the publish date a crawl would record."""
    text = normalise(article.text)
    return page_date(text, load(lang), lowercase(text[:400]), article.url).day


def _metrics(rows: list[dict]) -> dict:
    tp = sum(1 for row in rows if row["record"]["flagged"] and row["detection"].flagged)
    fp = sum(1 for row in rows if not row["record"]["flagged"] and row["detection"].flagged)
    fn = sum(1 for row in rows if row["record"]["flagged"] and not row["detection"].flagged)
    both = [row for row in rows if row["record"]["flagged"] and row["detection"].flagged]
    checks = [_main_checks(row) for row in both]
    unsupported = [row for row in rows if not row["detection"].supported]
    return {
        "articles": len(rows),
        "unsupported": {"articles": len(unsupported),
                        "flagged_in_labels": sum(1 for row in unsupported if row["record"]["flagged"])},
        "flag": _prf(tp, fp, fn),
        "both_flagged": len(both),
        "kind_accuracy": _share(checks, "kind"),
        "parties_exact": _share(checks, "parties"),
        "plan_year_accuracy": _share(checks, "plan_year"),
        "date_accuracy": _share(checks, "date"),
        "clustering": _clustering(rows),
        "reliability": _reliability(rows),
        "confusion": _confusion(rows),
        "clustering_detected": _clustering([row for row in rows if _states_right(row)]),
    }


def main_right(record: dict, detection: Detection) -> bool:
    """True when a flagged detection's main event is a labelled act: the article is flagged in the
    labels and the event's kind and parties are the labelled main event's."""
    if not (record["flagged"] and detection.flagged):
        return False
    gold, main = gold_main(record) or {}, detection.events[0]
    return gold.get("kind") == main.kind and sorted(gold.get("parties", [])) == list(main.parties)


def _reliability(rows: list[dict]) -> dict:
    """Per confidence band of the flagged main events: count, right, precision; and at or above
    ``CONFIDENT``."""
    scored = [(row["detection"].events[0].confidence, main_right(row["record"], row["detection"]))
              for row in rows if row["detection"].flagged]
    bands = []
    for low, high in zip(BANDS, BANDS[1:] + (1.01,)):
        inside = [right for value, right in scored if low <= value < high]
        bands.append({"low": low, "high": min(high, 1.0), **_precision(inside)})
    confident = [right for value, right in scored if value >= CONFIDENT]
    return {"bands": bands, "confident": {"low": CONFIDENT, **_precision(confident)}}


def _precision(rights: list[bool]) -> dict:
    return {"count": len(rights), "right": sum(rights),
            "precision": round(sum(rights) / len(rights), 4) if rights else None}


def _confusion(rows: list[dict]) -> dict:
    """{gold main kind: {predicted main kind: articles}}, "none" for an article not flagged."""
    matrix = {kind: dict.fromkeys(EVENT_KINDS + (NONE,), 0) for kind in EVENT_KINDS + (NONE,)}
    for row in rows:
        gold = (gold_main(row["record"]) or {}).get("kind", NONE) if row["record"]["flagged"] else NONE
        predicted = row["detection"].events[0].kind if row["detection"].flagged else NONE
        matrix.setdefault(gold, dict.fromkeys(EVENT_KINDS + (NONE,), 0))[predicted] += 1
    return matrix


def _states_right(row: dict) -> bool:
    """Flagged in gold and prediction, the predicted main event between the gold pair of states."""
    if not (row["record"]["flagged"] and row["detection"].flagged):
        return False
    return _main_checks(row)["parties"]


def _main_checks(row: dict) -> dict:
    gold = gold_main(row["record"]) or {}
    predicted = row["detection"].events[0]
    return {
        "kind": gold.get("kind") == predicted.kind,
        "parties": sorted(gold.get("parties", [])) == list(predicted.parties),
        "plan_year": gold.get("plan_year") == predicted.plan_year,
        "date": gold.get("date") == predicted.date,
    }


def _share(checks: list[dict], key: str) -> Optional[float]:
    return round(sum(check[key] for check in checks) / len(checks), 4) if checks else None


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "fp": fp, "fn": fn}


def _clustering(rows: list[dict]) -> dict:
    gold_pairs = {
        frozenset((a["record"]["id"], b["record"]["id"]))
        for a, b in combinations([row for row in rows if row["record"]["flagged"]], 2)
        if a["record"].get("story") and a["record"].get("story") == b["record"].get("story")}
    groups: dict[int, list[str]] = defaultdict(list)
    for article_id, event_id in _merged_main_events([row for row in rows if row["detection"].flagged]).items():
        groups[event_id].append(article_id)
    predicted_pairs = {frozenset(pair) for members in groups.values() for pair in combinations(members, 2)}
    tp = len(gold_pairs & predicted_pairs)
    scores = _prf(tp, len(predicted_pairs - gold_pairs), len(gold_pairs - predicted_pairs))
    scores.update(gold_pairs=len(gold_pairs), predicted_pairs=len(predicted_pairs))
    return scores


def _merged_main_events(rows: list[dict]) -> dict[str, int]:
    """Store the articles and their detections in a scratch database, merge events as after a
    crawl, and return the stored event that holds each article's main event."""
    with tempfile.TemporaryDirectory(prefix="pactwatch-eval-") as folder:
        db = open_db(Path(folder) / "eval.db")
        stored = {}
        for row in rows:
            record, detection = row["record"], row["detection"]
            published = row["published"].isoformat() if row["published"] else None
            article = store_article(db, ArticleRecord(url=f"corpus:{record['id']}", source="corpus", title="",
                                                      text=record["text"], published_at=published,
                                                      lang=detection.lang), detection)
            stored[article.id] = (record["id"], detection.events[0])
        merge_pending(db)
        found = {}
        for article_id, event_id, kind, plan_year, parties in article_mentions(db):
            record_id, main = stored[article_id]
            if (kind, plan_year, parties) == (main.kind, main.plan_year, list(main.parties)):
                found.setdefault(record_id, event_id)
        db.conn.close()
        return found


def _mistake(row: dict) -> Optional[dict]:
    record, detection = row["record"], row["detection"]
    if record["flagged"] != detection.flagged:
        problem = "missed" if record["flagged"] else "false flag"
        if not detection.supported:
            problem += f" (no rules for language {detection.lang!r})"
        return {"id": record["id"], "lang": record["lang"], "problem": problem, "predicted": _brief(detection)}
    if not record["flagged"]:
        return None
    wrong = [key for key, ok in _main_checks(row).items() if not ok and key != "date"]
    if not wrong:
        return None
    return {"id": record["id"], "lang": record["lang"], "problem": "wrong " + ", ".join(wrong),
            "gold": gold_main(record), "predicted": _brief(detection)}


def _brief(detection: Detection) -> Optional[dict]:
    if not detection.events:
        return None
    event = detection.events[0]
    return {"kind": event.kind, "parties": list(event.parties), "plan_year": event.plan_year,
            "date": event.date, "evidence": event.evidence}
