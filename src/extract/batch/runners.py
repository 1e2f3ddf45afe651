"""Running chunks of work: in this process, on local worker processes, on Dask.

Every runner hands the results of the chunks to `on_result` in the order the
chunks were given, keeping only a bounded number of chunks in flight, so the
output is the same whatever runs it and memory stays flat on huge inputs.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor

from .inputs import Item
from .work import Job, Outcome, init_worker, process_chunk, warmed_extractor

Chunk = list[tuple[int, Item]]
OnResult = Callable[[list[Outcome]], None]
_IN_FLIGHT_PER_WORKER = 3


class DaskMissing(RuntimeError):
    """--dask was asked for but dask.distributed is not installed."""


class DaskUnreachable(RuntimeError):
    """No Dask scheduler answers at the --dask address (or the address is malformed)."""


def run_inline(job: Job, chunks: Iterable[Chunk], on_result: OnResult) -> None:
    """Everything in this process: one worker, no start-up cost."""
    warmed_extractor(job.rules_dir, job.date)  # models loaded before any article's time budget starts
    for chunk in chunks:
        on_result(process_chunk(job, chunk))


def run_processes(job: Job, chunks: Iterable[Chunk], on_result: OnResult, workers: int) -> None:
    """`workers` local processes, each loading the pipeline once."""
    # spawn, not fork: the main process may run a progress-bar thread, and a
    # fresh interpreter per worker is what Dask and other platforms do anyway.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=init_worker, initargs=(job,))
    try:
        _ordered(lambda chunk: pool.submit(process_chunk, job, chunk), chunks, on_result,
                 workers * _IN_FLIGHT_PER_WORKER)
    except BaseException:
        # Ctrl-C, SIGTERM, a full disk: stop now, whatever an article is
        # doing. Every output is written atomically, so a worker ended
        # mid-write leaves at most a temporary file, which the caller removes.
        _end_workers(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _end_workers(pool: ProcessPoolExecutor) -> None:
    # ProcessPoolExecutor has no public way to end its workers before Python 3.14.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(timeout=10)


def run_dask(job: Job, chunks: Iterable[Chunk], on_result: OnResult, address: str, workers: int,
             timeout: float = 30) -> None:
    """A Dask cluster: `local` starts a LocalCluster of `workers` processes,
    anything else is a scheduler address such as `tcp://scheduler:8786`,
    which must answer within `timeout` seconds.

    Workers read the input files and write the outputs themselves, so the
    input and output paths must be visible to every worker (shared storage).
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise DaskMissing(
            f"--dask needs the optional dask extra ({error.name} is missing): "
            "pip install 'vi-econ-extract[dask]'") from None
    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
    else:
        _check_reachable(address, timeout)
    client = Client(cluster or address, timeout=timeout)
    try:
        in_flight = max(len(client.scheduler_info()["workers"]), 1) * _IN_FLIGHT_PER_WORKER
        _ordered(lambda chunk: client.submit(process_chunk, job, chunk, pure=False), chunks, on_result,
                 in_flight)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _check_reachable(address: str, timeout: float) -> None:
    """Connect to the scheduler once before making a Client: a Client that
    cannot connect waits again and prints a traceback when it is collected."""
    import asyncio

    from distributed.comm import connect

    async def probe() -> None:
        comm = await connect(address, timeout=timeout)
        await comm.close()

    try:
        asyncio.run(probe())
    except ValueError as error:  # a malformed address: no scheme, no port
        raise DaskUnreachable(f"--dask {address}: not a scheduler address ({error})") from None
    except OSError:
        raise DaskUnreachable(f"--dask {address}: no Dask scheduler answered within {timeout:g} s "
                              "(see --dask-timeout)") from None
    except Exception as error:  # noqa: BLE001 - whatever a stranger sends breaks the handshake somehow
        raise DaskUnreachable(f"--dask {address}: something answered, but not a Dask scheduler "
                              f"({type(error).__name__})") from None


def _ordered(submit: Callable, chunks: Iterable[Chunk], on_result: OnResult, in_flight: int) -> None:
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            on_result(pending.popleft().result())
    while pending:
        on_result(pending.popleft().result())
