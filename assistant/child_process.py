"""A fresh Python process running one function of this package, connected by a socket pair.

Fresh, not forked: the parent may hold a loaded model and server threads. The child runs
`module.function(connection)`; the parent talks to it through `Child`.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from multiprocessing.connection import Connection
from pathlib import Path

_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


def start_child(module: str, function: str = "serve") -> tuple[subprocess.Popen, Connection]:
    """Start `python -c "from module import function; function(Connection(fd))"`."""
    ours, theirs = socket.socketpair()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [_PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))}
    # the package first on the path: a folder of the same name in the working directory ("-c" puts it
    # first) must not stand in for the package the parent runs
    main = (f"import sys; sys.path.insert(0, {_PACKAGE_ROOT!r}); from multiprocessing.connection import Connection; "
            f"from {module} import {function}; {function}(Connection(int(sys.argv[1])))")
    process = subprocess.Popen([sys.executable, "-c", main, str(theirs.fileno())],
                               pass_fds=[theirs.fileno()], env=env, stdin=subprocess.DEVNULL)
    theirs.close()
    return process, Connection(ours.detach())


class Child:
    """A child process started by `start_child`, asked one request at a time."""

    def __init__(self, module: str):
        self.process, self.conn = start_child(module)

    def alive(self) -> bool:
        return self.process.poll() is None

    def request(self, message: object, seconds: float) -> object:
        """Send `message` and return the reply; TimeoutError when none comes within `seconds`."""
        self.conn.send(message)
        if not self.conn.poll(seconds):
            raise TimeoutError
        return self.conn.recv()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.conn.close()
