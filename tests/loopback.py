"""Servers and addresses on 127.0.0.1 that several test modules share."""

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from websockets.sync.server import ServerConnection, serve

# Upper bound for stopping a server thread, so that a bug shows as a failure, not a hang.
TIMEOUT = 30


@contextmanager
def threaded_server(handler: Callable[[ServerConnection], None]) -> Iterator[str]:
    """Serve *handler* on 127.0.0.1 in a thread and yield its ws:// URI."""
    with serve(handler, "127.0.0.1", 0) as server:
        port = server.socket.getsockname()[1]
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"ws://127.0.0.1:{port}"
        finally:
            server.shutdown()
            thread.join(TIMEOUT)


def refused_uri() -> str:
    """Return a ws:// URI on 127.0.0.1 whose port was free a moment ago, so nothing listens."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()
    return f"ws://127.0.0.1:{port}"
