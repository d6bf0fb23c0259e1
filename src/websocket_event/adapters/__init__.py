"""Adapters from other websocket libraries onto ``WebSocketEvent`` and ``WebSocketStatus``.

Each module maps one library and is imported on demand, for example
``from websocket_event.adapters.aiohttp import event_from_msg_type``. None of them
needs its library to be installed to be imported.
"""
