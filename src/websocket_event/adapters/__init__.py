"""Adapters from other websocket libraries onto ``WebSocketEvent`` and ``WebSocketStatus``.

Each module maps one library and is imported on demand, for example
``from websocket_event.adapters.aiohttp import event_from_msg_type``. None of them
needs its library to be installed to be imported.

NOTE: the signatures of the websockets, aiohttp, Starlette and wsproto adapters name
the library's own types, which a type checker resolves only where the library is
installed. Elsewhere pyright reports them as unknown and mypy reads them as ``Any``.
"""
