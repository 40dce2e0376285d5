"""A cluster round's close and a worker's join exclude each other (monitor.runs.cluster.finish_round,
monitor.runs.cluster_worker.join_round), on a real redis-server: a worker never crawls, nor shows
itself crawling, a round the writer has already closed, and the writer never closes a round a
worker has joined."""

from __future__ import annotations

import json

import redis

from crawlers.cluster import keys
from crawlers.cluster.connection import connect
from monitor.runs.cluster import close_round, describe_round, finish_round
from monitor.runs.cluster_worker import join_round


def opened(client: redis.Redis, round_id: str = "r1") -> dict:
    """A round over two sources whose start requests are queued and crawled: finished unless a worker is busy."""
    described = describe_round(round_id, ["one", "two"], {"one": 1, "two": 2}, since=None, max_pages=None)
    client.set(keys.ROUND, json.dumps(described))
    client.sadd(keys.seeded_key(round_id), "one", "two")
    return described


def test_a_finished_round_is_closed_and_a_worker_that_comes_after_does_not_join_it(redis_server):
    client = connect(redis_server.url)
    described = opened(client)

    assert finish_round(client, described)
    assert client.get(keys.ROUND) is None and not client.exists(keys.seeded_key("r1"))
    assert not join_round(client, "r1", "w0", 5.0)
    assert not client.exists(keys.busy_key("r1"))  # no busy set outlives its round


def test_a_round_a_worker_has_joined_is_not_closed_until_the_worker_leaves(redis_server):
    client = connect(redis_server.url)
    described = opened(client)

    assert join_round(client, "r1", "w0", 5.0)
    assert not finish_round(client, described)
    assert json.loads(client.get(keys.ROUND))["id"] == "r1"

    client.zrem(keys.busy_key("r1"), "w0")  # the worker leaves
    assert finish_round(client, described)


def test_a_worker_does_not_join_a_round_other_than_the_open_one(redis_server):
    client = connect(redis_server.url)
    opened(client, "r2")

    assert not join_round(client, "r1", "w0", 5.0)
    assert join_round(client, "r2", "w0", 5.0)


def test_work_queued_or_waiting_for_the_writer_keeps_the_round_open(redis_server):
    client = connect(redis_server.url)
    described = opened(client)
    client.zadd(keys.requests_key("r1", "two"), {"request": 0})
    assert not finish_round(client, described)
    client.delete(keys.requests_key("r1", "two"))
    client.rpush(keys.ITEMS, "{}")
    assert not finish_round(client, described)
    client.delete(keys.ITEMS)
    client.srem(keys.seeded_key("r1"), "two")  # a source's start requests not yet queued
    assert not finish_round(client, described)


def test_a_stopped_round_keeps_its_busy_workers_and_takes_no_new_one(redis_server):
    # A round stopped (shutdown, run timeout) waits for the workers still crawling it to hand over what
    # they fetched: their entries stay, and no other worker joins the closed round meanwhile.
    client = connect(redis_server.url)
    described = opened(client)
    assert join_round(client, "r1", "w0", 5.0)

    close_round(client, described, keep_busy=True)
    assert client.get(keys.ROUND) is None
    assert client.zscore(keys.busy_key("r1"), "w0") is not None
    assert not join_round(client, "r1", "w1", 5.0)
    assert client.zscore(keys.busy_key("r1"), "w1") is None
