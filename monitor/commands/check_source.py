"""`pactwatch check-source NAME [--live] [--limit N] [--json]`."""

from __future__ import annotations

import json

import click

from monitor.runs.source_check import CheckResult, LiveRequired, check_source

LINKS_SHOWN = 10
TEXT_EDGE_CHARS = 90


@click.command("check-source")
@click.argument("name")
@click.option("--live", is_flag=True, help="Fetch from the real site on the internet (otherwise only loopback "
                                           "addresses are fetched, e.g. a local mirror).")
@click.option("--limit", type=click.IntRange(min=1), default=3, show_default=True,
              help="Extract at most this many articles.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@click.pass_obj
def check_source_command(app, name, live, limit, as_json):
    """Show what discovery finds for one source and how its first articles extract, without storing
    anything. Exit code 1 when discovery finds nothing, no article extracts, or any URL fails."""
    config = app.config
    try:
        config.source(name)
    except Exception as exc:
        raise click.BadParameter(str(exc), param_hint="NAME") from None
    try:
        result = check_source(config, name, limit=limit, live=live)
    except LiveRequired as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) if as_json else render(result))
    if not result.ok:
        raise SystemExit(1)


def render(result: CheckResult) -> str:
    lines = [f"Source {result.source} ({'live site' if result.live else 'loopback only'})", "", "Discovery:"]
    if not result.discovery:
        lines.append("  no discovery page could be read")
    for page in result.discovery:
        links = page["links"]
        lines.append(f"  {page['kind']} {page['page']}: {len(links)} article links")
        for link in links[:LINKS_SHOWN]:
            known = " (known)" if link["known"] else ""
            lines.append(f"    {link['url']}  {link['published'] or '-'}  {link['title'] or ''}{known}".rstrip())
        if len(links) > LINKS_SHOWN:
            lines.append(f"    … {len(links) - LINKS_SHOWN} more")
    lines += ["", f"Articles ({len(result.articles)}):"]
    for article in result.articles:
        lines += _article_lines(article)
    if result.failures:
        lines += ["", "Failures:"] + [f"  {f['url']}: {f['reason']}" for f in result.failures]
    lines += ["", f"Result: {'ok' if result.ok else 'problems found'} — {len(result.discovery)} discovery pages, "
                  f"{sum(len(p['links']) for p in result.discovery)} links, {len(result.articles)} articles, "
                  f"{len(result.failures)} failures"]
    return "\n".join(lines)


def _article_lines(article: dict) -> list[str]:
    text = article["text"]
    lines = [f"  {article['url']}", f"    title:  {article['title']}",
             f"    date:   {article['published'] or '-'}" + (f" (from {article['date_from']})"
                                                             if article["date_from"] else ""),
             f"    lang:   {article['lang'] or '-'}"]
    if article["author"]:
        lines.append(f"    author: {article['author']}")
    if article["origin_outlet"]:
        lines.append(f"    origin: {article['origin_outlet']}"
                     + (f" (source {article['origin_source']})" if article["origin_source"] else ""))
    lines += [f"    text:   {len(text.split())} words, fetched: {'page' if article['fetched'] else 'in discovery'}",
              f"    begins: {text[:TEXT_EDGE_CHARS]!r}", f"    ends:   {text[-TEXT_EDGE_CHARS:]!r}"]
    return lines
