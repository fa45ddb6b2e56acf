"""`python -m spectools mock [--host H] [--port P] [--fault MODE]`: serve until interrupted."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

from .faults import FAULT_MODES, Fault, FaultError

__all__ = ["main"]


def _fault(text: str) -> str:
    try:
        Fault.parse(text)
    except FaultError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m spectools mock",
        description="Serve POST /v1/realtime/sessions from the resolved fragment, offline.",
        epilog="fault modes: " + ", ".join(FAULT_MODES) + " (MODE[=ARGUMENT][;times=N])",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port (default 4010, 0 for any)")
    parser.add_argument(
        "--fault", type=_fault, help="fault every request, e.g. '429' or '500;times=2'"
    )
    args = parser.parse_args(argv)

    from .server import MockServer  # after parsing, so --help stays fast

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    server = MockServer(args.host, args.port, fault=args.fault)
    logging.getLogger("spectools.mock").info(
        "serving %s %s (fault: %s)", server.operation.method, server.url, args.fault or "none"
    )
    server.serve_forever()
    return 0
