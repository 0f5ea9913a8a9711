"""JSON arrays read one item at a time as their bytes stream in: a records part of a
package is never held whole, and one record past ``limits.PACKAGE_RECORD_BYTES`` (or
anything that is not standard JSON) is refused as soon as it shows."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any

from app.services.core.formatting import number
from app.services.exchange.records import PackageError
from app.services.importing import limits

TAMPERED = (
    "Isi paket tidak cocok dengan manifesnya ({detail}). Paket ditolak; tidak ada data yang diubah."
)


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


#: Records arrive as standard JSON: NaN and Infinity are not numbers a desk wrote.
_JSON = json.JSONDecoder(parse_constant=_no_constants)
_SPACE = re.compile(r"[ \t\n\r]*")


def array_items(chunks: Iterator[bytes], name: str) -> Iterator[Any]:
    """Items of the JSON array ``chunks`` spell, one at a time: at most one record (and one
    chunk) is held, and a record past ``limits.PACKAGE_RECORD_BYTES`` is refused."""
    not_json = PackageError(TAMPERED.format(detail=f"{name} bukan JSON yang sah"))
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffer, position, state = "", 0, "start"  # start → first → (item → comma)* → end
    for chunk in _with_end(chunks):
        try:
            buffer = buffer[position:] + decoder.decode(chunk, final=chunk == b"")
        except UnicodeDecodeError as error:
            raise not_json from error
        position = 0
        while True:
            position = _SPACE.match(buffer, position).end()  # type: ignore[union-attr]
            if position >= len(buffer):
                break
            char = buffer[position]
            if state == "start":
                if char != "[":
                    raise not_json
                state, position = "first", position + 1
            elif state == "item" and char in ",]":
                state, position = ("next" if char == "," else "end"), position + 1
            elif state == "first" and char == "]":
                state, position = "end", position + 1
            elif state in ("first", "next"):
                try:
                    item, end = _JSON.raw_decode(buffer, position)
                except (ValueError, RecursionError) as error:  # incomplete, or not JSON
                    if len(buffer) - position > limits.PACKAGE_RECORD_BYTES or chunk == b"":
                        raise _too_long(name) from error
                    break
                if end - position > limits.PACKAGE_RECORD_BYTES:
                    raise _too_long(name)
                if end == len(buffer) and chunk != b"" and not isinstance(item, (dict, list)):
                    break  # a number cut by the chunk's end: wait for the rest
                state, position = "item", end
                yield item
            else:
                raise not_json
    if state != "end":
        raise not_json


def _too_long(name: str) -> PackageError:
    size = limits.PACKAGE_RECORD_BYTES
    shown = f"{number(size // limits.MB)} MB" if size >= limits.MB else f"{number(size)} byte"
    return PackageError(
        TAMPERED.format(
            detail=f"{name} bukan JSON yang sah, atau satu catatannya lebih dari {shown}"
        )
    )


def _with_end(chunks: Iterator[bytes]) -> Iterator[bytes]:
    yield from chunks
    yield b""
