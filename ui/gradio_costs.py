"""Work Gradio does on every request that this app never uses, left undone.

- **Each API session configures the whole page.** A call to `/gradio_api/call/ask` without
  a session (curl, `bench/load.py`, any plain HTTP client) gets a session of its own, and
  Gradio's `SessionState` computes the configuration of every block of the page for it: for
  this page's 101 blocks, 7 ms holding the interpreter and 156 KB kept per call, for up to
  10,000 sessions. Those configurations serve deep links (`gr.DeepLinkButton`, not used here)
  and the components an event updates; here each is computed when first read.
- **The queue summarises every finished event** for the monitoring dashboard (a pandas frame
  of up to 10,000 records: 1 ms at first, 6 ms once full), which `launch` turns off.
"""
from __future__ import annotations

import os
from types import SimpleNamespace
from typing import Any

from gradio.state_holder import SessionState

# Read by Gradio's queue when a Blocks is made: summarise for the (disabled) dashboard this
# rarely, in events.
ANALYTICS_SUMMARY_EVERY = 1_000_000_000


class ConfigsWhenRead(dict):
    """A session's block configurations, each computed the first time it is read."""

    def __init__(self, blocks_config: Any, ids: list[int]):
        super().__init__()
        self.blocks_config, self.ids = blocks_config, ids

    def __missing__(self, key: int) -> dict:
        value = self[key] = self.blocks_config.config_for_block(key, [], self.blocks_config.blocks[key])
        return value

    def get(self, key: int, default: Any = None) -> Any:
        return self[key] if key in self.blocks_config.blocks else default

    # Read whole (deep links read `items()`): every block's configuration first.
    def items(self):
        return self._filled().items()

    def values(self):
        return self._filled().values()

    def keys(self):
        return self._filled().keys()

    def __iter__(self):
        return iter(self._filled())

    def __len__(self) -> int:
        return len(self._filled())

    def _filled(self) -> dict:
        for key in self.ids:
            if not dict.__contains__(self, key):
                self[key]
        return dict(super().items())


_original_init = SessionState.__init__


def _init_configuring_nothing(self: SessionState, blocks: Any) -> None:
    # Gradio's own __init__ over a page without blocks, then the configurations on demand.
    _original_init(self, SimpleNamespace(default_config=blocks.default_config, blocks={}))
    self.config_values = ConfigsWhenRead(self.blocks_config,
                                         [k for k in self.blocks_config.blocks if k in blocks.blocks])


def avoid_unused_work() -> None:
    """Apply both (idempotent); call before the Blocks is made."""
    os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", str(ANALYTICS_SUMMARY_EVERY))
    SessionState.__init__ = _init_configuring_nothing
