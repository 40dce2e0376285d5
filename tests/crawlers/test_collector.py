"""The crawl process runs its garbage collector less often than Python's default (crawlers/extraction_pool.py:
collect_young_objects_less_often); its extraction workers, forked before, keep the default."""

import gc

import pytest

from crawlers.extraction_pool import YOUNG_COLLECTION_THRESHOLD, Extractor


@pytest.fixture
def default_threshold():
    default = gc.get_threshold()
    yield default
    gc.set_threshold(*default)


def test_the_crawl_process_collects_young_objects_less_often_and_its_workers_as_python_does(default_threshold):
    extractor = Extractor(1)
    try:
        in_worker = extractor._pool.submit(gc.get_threshold).result()  # the worker's own, read in the worker
    finally:
        extractor.close()

    assert gc.get_threshold() == (YOUNG_COLLECTION_THRESHOLD, *default_threshold[1:])
    assert in_worker == default_threshold


def test_without_workers_the_crawl_process_collects_less_often_too(default_threshold):
    Extractor(0).close()

    assert gc.get_threshold() == (YOUNG_COLLECTION_THRESHOLD, *default_threshold[1:])
