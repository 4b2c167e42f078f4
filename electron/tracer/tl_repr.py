"""Bounded repr: the text `repr(value)` would give, cut to a character budget
without ever building a huge string (a 1 MB list or string must not cost a
1 MB repr on every traced line)."""
import itertools
import re

# Memory addresses make reprs differ from run to run; drop them so traces are
# reproducible and cacheable.
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+>")
_MAX_DEPTH = 30


class _Full(Exception):
    pass


class _Out(object):
    __slots__ = ("parts", "left")

    def __init__(self, budget):
        self.parts = []
        self.left = budget

    def emit(self, text):
        self.parts.append(text)
        self.left -= len(text)
        if self.left < 0:
            raise _Full()


def _plain_repr(value):
    try:
        text = repr(value)
    except Exception as err:  # a user __repr__ may raise anything
        return "<repr failed: %s>" % type(err).__name__
    if not isinstance(text, str):
        return "<repr returned %s>" % type(text).__name__
    # The program runs as module `__program__`: `<Solution object>` reads better than `<__program__.Solution object>`.
    return _ADDRESS.sub(">", text).replace("<__program__.", "<")


_SCALARS = (int, float, bool, type(None), complex)


def _fast_repr(value, kind, budget):
    """Builtin repr (C speed) of a prefix of a list, tuple or dict of scalars, or None.
    The prefix is long enough that its repr exceeds the budget whenever items were
    left out, so the cut hides the early closing bracket."""
    count = budget // 3 + 1
    if kind is dict:
        if len(value) > count:
            value = dict(itertools.islice(value.items(), count))
        items = itertools.chain(value.keys(), value.values())
    else:
        if len(value) > count:
            value = kind(value[:count])
        items = value
    for item in items:
        if type(item) not in _SCALARS and not (type(item) is str and len(item) < 64):
            return None
    if kind is tuple and len(value) == 1:
        return None  # let the walk write the trailing comma
    return repr(value)


def _walk(value, out, depth, active):
    kind = type(value)
    if kind in (list, tuple, dict) and id(value) not in active:
        fast = _fast_repr(value, kind, out.left + 1)
        if fast is not None:
            out.emit(fast)
            return
    if kind in (str, bytes, bytearray) and len(value) > out.left:
        # Only a prefix can fit: repr that prefix (the closing quote is cut anyway).
        out.emit(repr(value[: out.left + 1]))
        return
    if kind is int and value.bit_length() > 10000:
        # Python 3.11+ refuses to print ints over 4300 digits, and older ones are quadratic.
        out.emit("<int of %d bits>" % value.bit_length())
        return
    if kind not in (list, tuple, dict, set, frozenset) or depth > _MAX_DEPTH:
        out.emit(_plain_repr(value))
        return
    if id(value) in active:
        out.emit({list: "[...]", dict: "{...}"}.get(kind, "(...)"))
        return
    if kind in (set, frozenset) and not value:
        out.emit(kind.__name__ + "()")
        return
    opening, closing = {
        list: ("[", "]"),
        tuple: ("(", ")"),
        dict: ("{", "}"),
        set: ("{", "}"),
        frozenset: ("frozenset({", "})"),
    }[kind]
    active.add(id(value))
    try:
        out.emit(opening)
        items = value.items() if kind is dict else value
        for index, item in enumerate(items):
            if index:
                out.emit(", ")
            if kind is dict:
                _walk(item[0], out, depth + 1, active)
                out.emit(": ")
                _walk(item[1], out, depth + 1, active)
            else:
                _walk(item, out, depth + 1, active)
        if kind is tuple and len(value) == 1:
            out.emit(",")
        out.emit(closing)
    finally:
        active.discard(id(value))


def safe_repr(value, limit):
    """Return (text, truncated): repr(value), cut to `limit` characters plus '...'."""
    out = _Out(limit)
    try:
        _walk(value, out, 0, set())
    except _Full:
        pass
    except RecursionError:
        return "<repr too deep>", True
    except Exception as err:  # e.g. a dict whose size changed while we iterated
        return "<repr failed: %s>" % type(err).__name__, True
    text = "".join(out.parts)
    if len(text) > limit:
        return text[:limit] + "...", True
    return text, False
