"""Ray beyond one process: Ray Data datasets, a 2-node cluster, and a worker killed mid-shard.

One simulated cluster (`ray.cluster_utils.Cluster`: a head and a worker node, one CPU each, on
this machine) serves every test of the module; shards live on local storage both nodes share.
Each Ray worker runs a set-up hook (written below) that logs which node counts which batch and,
when armed, kills its own process in the middle of a shard, once.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest

import datacensus
from pipeline_corpus import records, sorted_counts, write_shards

ray = pytest.importorskip("ray", reason="the ray extra is not installed")
OPTIONS = {
    "language": "language",
    "url": "url",
    "categories": ["topic"],
    "weight": ["documents", "chars"],
}

HOOK = '''
import os
from pathlib import Path


def setup():
    """Wrap the per-batch count: log the node; when armed, die once on the marked batch."""
    import ray
    import datacensus.execution.count as counting

    base = Path(os.environ["DATACENSUS_RAY_TEST_DIR"])
    original = counting.count

    def count(batch, spec):
        node = ray.get_runtime_context().get_node_id()
        with open(base / "batches.log", "a") as log:
            log.write(f"{node} {os.getpid()}\\n")
        topics = batch.get_column("topic").to_list() if "topic" in batch.columns else []
        armed = (base / "armed").exists() and not (base / "killed").exists()
        if armed and "__kill__" in topics:
            (base / "killed").write_text(str(os.getpid()))
            os._exit(1)
        return original(batch, spec)

    counting.count = count
'''


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A 2-node local Ray cluster whose workers run the hook; yields the shared folder."""
    from ray.cluster_utils import Cluster

    base = tmp_path_factory.mktemp("ray")
    (base / "ray_test_hook.py").write_text(textwrap.dedent(HOOK))
    saved = {k: os.environ.get(k) for k in ("PYTHONPATH", "DATACENSUS_RAY_TEST_DIR")}
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(base), saved["PYTHONPATH"]]))
    os.environ["DATACENSUS_RAY_TEST_DIR"] = str(base)
    node = {"num_cpus": 1, "object_store_memory": 80 * 1024 * 1024, "include_dashboard": False}
    cluster = Cluster(initialize_head=True, head_node_args=node)
    cluster.add_node(num_cpus=1, object_store_memory=80 * 1024 * 1024)
    cluster.wait_for_nodes()
    ray.init(
        address=cluster.address,
        runtime_env={"worker_process_setup_hook": "ray_test_hook.setup"},
        log_to_driver=False,
    )
    try:
        yield base
    finally:
        ray.shutdown()
        cluster.shutdown()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="module")
def shards(cluster: Path) -> list[Path]:
    """Parquet and JSONL shards; part-victim has 3 batches, the 2nd holding a `__kill__` row."""
    paths = write_shards(cluster / "shards", shards=5, rows=200, seed=5)
    import random

    victim = records(9000, random.Random(9))
    victim[5000]["topic"] = "__kill__"
    path = cluster / "shards" / "part-victim.parquet"
    pl.DataFrame(victim).write_parquet(path)
    return [*paths, path]


def _nodes(base: Path) -> set[str]:
    log = base / "batches.log"
    return {line.split()[0] for line in log.read_text().splitlines()} if log.exists() else set()


def test_ray_engine_on_two_nodes_with_a_worker_killed_mid_shard(
    cluster: Path, shards: list[Path]
) -> None:
    """Both nodes count; the killed task is retried; counts equal the local audit exactly."""
    assert len([n for n in ray.nodes() if n["Alive"]]) == 2
    local = datacensus.audit([str(p) for p in shards], **OPTIONS)
    (cluster / "armed").write_text("1")
    (cluster / "batches.log").unlink(missing_ok=True)
    try:
        remote = datacensus.audit([str(p) for p in shards], engine="ray", **OPTIONS)
    finally:
        (cluster / "armed").unlink()
    assert (cluster / "killed").exists(), "no worker was killed: the fault was not injected"
    assert len(_nodes(cluster)) == 2, "tasks ran on one node only"
    assert remote.input["rows_read"] == local.input["rows_read"]
    assert sorted_counts(remote.counts).equals(sorted_counts(local.counts))
    assert remote.coverage("topic")["count"].to_list() == local.coverage("topic")["count"].to_list()


def test_ray_data_dataset_counts_equal_the_file_audit(cluster: Path, shards: list[Path]) -> None:
    """ray.data.read_parquet(...) audited with map_batches == the local audit of the files."""
    parquet = [str(p) for p in shards if p.suffix == ".parquet"]
    dataset = ray.data.read_parquet(parquet)
    streamed = datacensus.audit(dataset, **OPTIONS)
    local = datacensus.audit(parquet, **OPTIONS)
    assert streamed.input["rows_read"] == local.input["rows_read"] > 9000
    assert sorted_counts(streamed.counts).equals(sorted_counts(local.counts))
