"""The sys.settrace recorder with NExT semantics: one global step counter per
test; step 0 is the call (the arguments, on the `def` line); each later step
is a line that changed variables, listing only those; a return carries
`__return__`; an exception carries its type and message.

Python reports a `line` event *before* the line runs, so the changes a line
made are seen at the frame's next event and attributed to the previous line."""
import opcode

from tl_guard import StepLimit
from tl_repr import safe_repr

PROGRAM_FILE = "<program>"
TEST_FILE = "<test>"
_IMMUTABLE = frozenset([int, float, bool, str, bytes, type(None), complex, range])
_YIELD_VALUE = opcode.opmap.get("YIELD_VALUE", -1)
_RESUME = opcode.opmap.get("RESUME", -2)
_SUSPENDABLE = 0x20 | 0x80 | 0x200  # CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR


class _FrameState(object):
    __slots__ = ("frame", "is_test", "hidden", "snapshot", "pending", "unwinding")

    def __init__(self, frame, is_test, hidden):
        self.frame = frame  # held so that id reuse cannot mix two frames up
        self.is_test = is_test
        self.hidden = hidden  # names only comprehensions bind (see tl_scopes)
        self.snapshot = {}
        self.pending = None  # line whose effects are not yet recorded
        self.unwinding = False  # an exception is propagating through this frame


def _visible(name, value, is_test):
    if name.startswith(".") or (name.startswith("__") and name.endswith("__")):
        return False
    if is_test:
        # The test runs in the program's namespace: its functions, classes and modules are not state.
        return not (callable(value) or type(value).__name__ == "module")
    return True


class Recorder(object):
    def __init__(self, guard, program_lines, test_line, max_steps, max_repr, hidden=None):
        self.guard = guard
        # {(is_test, co_firstlineno, co_name): names}; see tl_scopes.comprehension_only_names.
        self.hidden = hidden or {}
        self.program_lines = program_lines
        self.test_line = test_line
        self.max_steps = max_steps
        self.max_repr = max_repr
        self.events = []
        self.step = 0
        self.truncated = False
        self.frames = {}

    # -- helpers ---------------------------------------------------------------
    def _line(self, state, lineno):
        return self.test_line + lineno - 1 if state.is_test else lineno

    def _def_line(self, code):
        # co_firstlineno is the first decorator; NExT puts the arguments on the `def` line.
        line = code.co_firstlineno
        while 0 < line <= len(self.program_lines) and self.program_lines[line - 1].lstrip().startswith("@"):
            line += 1
        return line

    def _func(self, state):
        name = state.frame.f_code.co_name
        return "<test>" if state.is_test and name == "<module>" else name

    def _emit(self, state, line, kind, **extra):
        if self.step >= self.max_steps:
            self.truncated = True
            self.guard.trip(StepLimit)
        event = {"step": self.step, "line": line, "kind": kind, "func": self._func(state)}
        event.update(extra)
        self.events.append(event)
        self.step += 1

    def _diff(self, state):
        changed, truncated = {}, []
        try:
            names = state.frame.f_locals
        except Exception:
            return changed, truncated
        for name, value in list(names.items()):
            previous = state.snapshot.get(name)
            # The same immutable object cannot have changed: skip its repr (most loop lines).
            if previous is not None and previous[0] is value and type(value) in _IMMUTABLE:
                continue
            if name in state.hidden or not _visible(name, value, state.is_test):
                continue
            text, cut = safe_repr(value, self.max_repr)
            # The length catches appends to a long list whose repr prefix stays the same.
            signature = (text, len(value) if type(value) in (list, dict, set, str, bytes, bytearray) else None)
            if previous is None or previous[1] != signature:
                state.snapshot[name] = (value, signature)
                changed[name] = text
                if cut:
                    truncated.append(name)
        return changed, truncated

    def _flush(self, state):
        """Record what the pending line changed."""
        changed, truncated = self._diff(state)
        if changed and state.pending is not None:
            extra = {"truncated": truncated} if truncated else {}
            self._emit(state, self._line(state, state.pending), "line", changed=changed, **extra)

    # -- trace functions ---------------------------------------------------------
    def global_trace(self, frame, event, arg):
        code = frame.f_code
        # Comprehension and lambda frames belong to their enclosing line (and 3.12+ has none).
        if code.co_name.startswith("<") and code.co_name != "<module>":
            return None
        if code.co_filename == PROGRAM_FILE:
            is_test = False
        elif code.co_filename == TEST_FILE:
            is_test = True
        else:
            return None  # the tracer's own code (a signal handler) must run untouched
        if self.guard.abort is not None:
            raise self.guard.abort()
        state = self.frames.get(id(frame))
        if state is None:
            hidden = self.hidden.get((is_test, code.co_firstlineno, code.co_name), ())
            state = _FrameState(frame, is_test, hidden)
            self.frames[id(frame)] = state
            changed, truncated = self._diff(state)
            # The test's module frame sees the program's globals: they are its starting
            # state, not changes.
            if is_test and code.co_name == "<module>":
                return self.local_trace
            if not is_test or changed:
                extra = {"truncated": truncated} if truncated else {}
                line = self._line(state, frame.f_lineno or 1) if is_test else self._def_line(code)
                self._emit(state, line, "call", changed=changed, **extra)
        return self.local_trace

    def local_trace(self, frame, event, arg):
        if self.guard.abort is not None:
            raise self.guard.abort()
        state = self.frames.get(id(frame))
        if state is None:
            return None
        if event == "line":
            self._flush(state)
            state.pending = frame.f_lineno
            state.unwinding = False
        elif event == "return":
            self._flush(state)
            state.pending = None
            if not state.unwinding and not state.is_test and _is_yield(frame):
                # A generator pausing also reports `return`; NExT has no yield, so show it as `__yield__`.
                text, cut = safe_repr(arg, self.max_repr)
                extra = {"truncated": ["__yield__"]} if cut else {}
                self._emit(state, frame.f_lineno or 0, "line", changed={"__yield__": text}, **extra)
            elif not state.unwinding and not state.is_test:
                text, cut = safe_repr(arg, self.max_repr)
                extra = {"truncated": ["__return__"]} if cut else {}
                self._emit(state, frame.f_lineno or state.frame.f_code.co_firstlineno, "return", changed={}, returnValue=text, **extra)
            if not (frame.f_code.co_flags & _SUSPENDABLE):
                del self.frames[id(frame)]
        elif event == "exception":
            self._flush(state)
            exc_type, value, tb = arg
            origin = not _raised_in_traced_callee(tb)
            if (origin or state.is_test) and not state.unwinding:
                self._emit(
                    state, self._line(state, frame.f_lineno), "exception", changed={},
                    exception=describe_exception(exc_type, value),
                )
            state.unwinding = True
        return self.local_trace


def _is_yield(frame):
    code = frame.f_code
    if not code.co_flags & _SUSPENDABLE:
        return False
    try:
        op = code.co_code[frame.f_lasti]
        # 3.13 reports the RESUME that follows the YIELD_VALUE.
        return op == _YIELD_VALUE or (op == _RESUME and code.co_code[frame.f_lasti - 2] == _YIELD_VALUE)
    except (IndexError, TypeError):
        return False


def describe_exception(exc_type, value):
    try:
        message = str(value)
    except Exception:
        message = "<str failed>"
    if len(message) > 1000:
        message = message[:1000] + "..."
    return {"type": getattr(exc_type, "__name__", str(exc_type)), "message": message}


def _raised_in_traced_callee(tb):
    """True when the exception comes up from a deeper program or test frame (it was
    recorded there); False when this frame raised it, possibly through library code."""
    tb = tb.tb_next if tb is not None else None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in (PROGRAM_FILE, TEST_FILE):
            return True
        tb = tb.tb_next
    return False
