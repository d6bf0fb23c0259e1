"""Run the ``websocket-event`` command: ``python -m websocket_event``."""

import sys

from ._cli import main

sys.exit(main())
