"""`python -m spectools mock [--host H] [--port P] [--fault MODE] ...`: serve until stopped.

SIGINT (Ctrl-C) and SIGTERM both stop the server gracefully, free the port and exit 0, with
no traceback, whenever they arrive (during start-up too).
"""

from __future__ import annotations

import argparse
import logging
import signal
import warnings
from collections.abc import Sequence
from types import FrameType

from .app import Limits
from .faults import FAULT_MODES, Fault, FaultError

__all__ = ["main"]


def _fault(text: str) -> str:
    try:
        Fault.parse(text)
    except FaultError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _at_least_one(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {text}")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds > 0, got {text}")
    return value


def _stop(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # SIGTERM stops the server the way Ctrl-C does


def main(argv: Sequence[str] | None = None) -> int:
    defaults = Limits()
    parser = argparse.ArgumentParser(
        prog="python -m spectools mock",
        description="Serve the bound operations (POST /v1/realtime/client_secrets, ...)"
        " from the resolved fragment, offline.",
        epilog="fault modes: " + ", ".join(FAULT_MODES) + " (MODE[=ARGUMENT][;times=N])",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port (default 4010, 0 for any)")
    parser.add_argument(
        "--fault", type=_fault, help="fault every request, e.g. '429' or '500;times=2'"
    )
    parser.add_argument(
        "--max-body-bytes",
        type=_at_least_one,
        default=defaults.max_body_bytes,
        help=f"answer 413 to larger request bodies (default {defaults.max_body_bytes})",
    )
    parser.add_argument(
        "--request-timeout",
        type=_seconds,
        default=defaults.request_timeout,
        help="seconds a request's head, and then its body, may take to arrive"
        f" (default {defaults.request_timeout:g})",
    )
    parser.add_argument(
        "--keep-requests",
        type=_at_least_one,
        default=defaults.max_logged_requests,
        help=f"requests kept in memory (default {defaults.max_logged_requests})",
    )
    args = parser.parse_args(argv)
    limits = Limits(
        max_body_bytes=args.max_body_bytes,
        request_timeout=args.request_timeout,
        max_logged_requests=args.keep_requests,
    )

    previous = signal.signal(signal.SIGTERM, _stop)
    # A stop during start-up can leave uvicorn's coroutine unstarted: nothing to warn about.
    warnings.filterwarnings("ignore", "coroutine .* was never awaited", RuntimeWarning)
    try:
        from .server import MockServer  # after parsing, so --help stays fast

        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
        server = MockServer(args.host, args.port, fault=args.fault, limits=limits)
        for operation in server.operations:
            logging.getLogger("spectools.mock").info(
                "serving %s %s (fault: %s)",
                operation.method,
                server.url_for(operation.path),
                args.fault or "none",
            )
        server.serve_forever()
    except KeyboardInterrupt:
        pass  # uvicorn has shut down and re-raised the signal; the port is free
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0
