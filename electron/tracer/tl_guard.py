"""Stopping user code from inside: the step cap, the per-test time budget and
the output cap all become a BaseException raised in the program. Raising from
a trace function switches tracing off, and a bare `except:` could swallow the
exception, so once a limit is hit a fast interval timer keeps re-raising it
until the test's frame has unwound."""
import io
import signal
import sys
import time

# After a limit trips, how long the program may keep swallowing it before the tracer gives up on it.
STUCK_SECONDS = 0.3


class Limit(BaseException):
    """Base of the limits; BaseException so that `except Exception` does not catch it."""

    outcome = "error"


class StepLimit(Limit):
    outcome = "step-limit"


class TimeLimit(Limit):
    outcome = "timeout"


class OutputLimit(Limit):
    outcome = "output-limit"


_HAS_TIMER = hasattr(signal, "setitimer")


class Guard(object):
    def __init__(self):
        self.active = False
        self.abort = None  # the Limit subclass to raise, once a limit is hit
        self.tripped_at = None
        # Called (and not expected to return) when the program keeps catching the limit.
        self.on_stuck = None
        if _HAS_TIMER:
            signal.signal(signal.SIGALRM, self._on_signal)
        if hasattr(signal, "SIGXCPU"):
            signal.signal(signal.SIGXCPU, self._on_signal)

    def _on_signal(self, signum, frame):
        if not self.active:
            return
        if self.abort is None:
            self.abort = TimeLimit
        now = time.time()
        if self.tripped_at is None:
            self.tripped_at = now
        elif now - self.tripped_at > STUCK_SECONDS and self.on_stuck is not None:
            # Disarm first: the report takes longer than the timer's period.
            self.active = False
            if _HAS_TIMER:
                signal.setitimer(signal.ITIMER_REAL, 0, 0)
            self.on_stuck(self.abort)
        raise self.abort()

    def trip(self, limit):
        """Record that `limit` was hit, keep re-raising it, and raise it now."""
        if self.abort is None:
            self.abort = limit
        if self.tripped_at is None:
            self.tripped_at = time.time()
        if _HAS_TIMER:
            signal.setitimer(signal.ITIMER_REAL, 0.005, 0.005)
        raise self.abort()

    def run(self, fn, budget_seconds):
        """Run fn() under the guard; return the exception it ended with, or None.
        Written so that a limit re-raised by the timer at any moment is still caught."""
        outcome = None
        self.abort = None
        self.tripped_at = None
        try:
            try:
                self.active = True
                if _HAS_TIMER:
                    # After the budget, re-fire every 50 ms until the code gives up.
                    signal.setitimer(signal.ITIMER_REAL, max(budget_seconds, 0.001), 0.05)
                fn()
                self.active = False
            except BaseException as err:  # noqa: the user's code may raise anything
                self.active = False
                outcome = err
        except BaseException as late:  # a limit that fired between the lines above
            self.active = False
            outcome = outcome or late
        if _HAS_TIMER:
            signal.setitimer(signal.ITIMER_REAL, 0, 0)
        return outcome


class Capture(io.TextIOBase):
    """sys.stdout/sys.stderr replacement: keeps at most `cap` bytes, then trips OutputLimit."""

    def __init__(self, guard, cap):
        super(Capture, self).__init__()
        self.guard = guard
        self.cap = cap
        self.reset()

    def reset(self):
        self.parts = []
        self.used = 0

    @property
    def encoding(self):
        return "utf-8"

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        size = len(text.encode("utf-8", "replace"))
        if self.used + size > self.cap:
            room = max(self.cap - self.used, 0)
            self.parts.append(text.encode("utf-8", "replace")[:room].decode("utf-8", "ignore"))
            self.used = self.cap
            if self.guard.active:
                self.guard.trip(OutputLimit)
            return len(text)
        self.parts.append(text)
        self.used += size
        return len(text)

    def flush(self):
        pass

    def value(self):
        return "".join(self.parts)


def install_capture(capture):
    sys.stdout = capture
    sys.stderr = capture
    sys.stdin = io.StringIO("")
