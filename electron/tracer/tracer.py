"""Tracelens tracer: run a Python program against tests under sys.settrace and
print one JSON StructuredTrace (shared/trace/types.ts).

Protocol: one JSON request on stdin
  {code, tests: [str], entry_point?, setup?, limits: {maxSteps, maxReprChars,
   maxOutputBytes, memoryMB, cpuSeconds, wallSeconds, deadline?}}
(`deadline`: epoch seconds by which every test must be done, so that a slow
interpreter start-up still leaves the tests inside the parent's timeout)
and one JSON result on stdout (or {fatal, message} when the tracer itself fails).
If the parent opened fd 3, each test's result is also written there as one JSON
line as soon as it finishes. `setup` (imports the program expects, such as LeetCode's
implicit ones) runs untraced before the program, without shifting its lines.

Python 3.8+, standard library only. Run it as `python3 -I tracer.py` in a fresh
temporary working folder: the parent owns the wall-clock timeout and kills the
process group."""
import gc
import json
import os
import re
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import tl_sandbox  # noqa: E402  (needs the path above)
from tl_guard import Capture, Guard, Limit, install_capture  # noqa: E402
from tl_scopes import comprehension_only_names  # noqa: E402
from tl_recorder import PROGRAM_FILE, TEST_FILE, Recorder, describe_exception  # noqa: E402

FORMAT = "tracelens.trace/v1"
SETUP_FILE = "<setup>"
DEFAULTS = {"maxSteps": 10000, "maxReprChars": 200, "maxOutputBytes": 65536, "memoryMB": 512, "cpuSeconds": 6, "wallSeconds": 4.5}
_LIMIT_MESSAGES = {
    "step-limit": "Stopped after {maxSteps} steps: the trace is truncated",
    "timeout": "Time limit reached: the test ran out of its time budget",
    "output-limit": "Output limit reached: the program printed more than {maxOutputBytes} bytes",
}


def normalise(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def program_lines(code):
    lines = code.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def humaneval_test(test, entry_point):
    """HumanEval tests define check(candidate) without calling it."""
    if entry_point and re.search(r"^def check\(", test, re.M) and not re.search(r"^check\(", test, re.M):
        return test.rstrip("\n") + "\ncheck(%s)" % entry_point
    return test


def syntax_error_result(err, where):
    line = getattr(err, "lineno", None) or 1
    message = getattr(err, "msg", None) or str(err)
    exception = {"type": type(err).__name__, "message": message}
    return {
        "outcome": "syntax-error",
        "message": "%s does not compile: %s: %s (line %d)" % (where, type(err).__name__, message, line),
        "exception": exception,
        "line": line,
    }


def classify(err, test_code, limits):
    """Map the exception a test ended with to (outcome, message, exception)."""
    if err is None:
        return "ok", None, None
    if isinstance(err, Limit):
        return err.outcome, _LIMIT_MESSAGES.get(err.outcome, "Limit reached").format(**limits), None
    exception = describe_exception(type(err), err)
    if isinstance(err, MemoryError):
        return "memory", "Memory limit reached (%s MB)" % limits["memoryMB"], exception
    tb = err.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    raised_by_test = tb is not None and tb.tb_frame.f_code.co_filename == TEST_FILE
    if isinstance(err, AssertionError) and raised_by_test:
        detail = ": " + exception["message"] if exception["message"] else ""
        return "failed", "The assertion failed" + detail, exception
    text = "%s: %s" % (exception["type"], exception["message"]) if exception["message"] else exception["type"]
    return "exception", text, exception


def run_test(ctx, program, test, test_line):
    limits, guard, capture = ctx["limits"], ctx["guard"], ctx["capture"]
    started = time.time()
    result = {"test": test, "testLine": test_line, "events": [], "truncated": False, "stdout": ""}
    try:
        test_code = compile(test, TEST_FILE, "exec")
    except (SyntaxError, ValueError) as err:
        info = syntax_error_result(err, "The test")
        # Shown on the test's own line of the rendering, like a program's syntax error.
        line = test_line + info["line"] - 1
        event = {"step": 0, "line": line, "kind": "exception", "func": "<test>", "changed": {}, "exception": info["exception"]}
        result.update(outcome=info["outcome"], message=info["message"], exception=info["exception"], passed=False, events=[event])
        return result
    hidden = dict(ctx["hidden"])
    hidden.update({(True,) + key: names for key, names in comprehension_only_names(test).items()})
    recorder = Recorder(guard, ctx["lines"], test_line, int(limits["maxSteps"]), int(limits["maxReprChars"]), hidden)
    namespace = {"__name__": "__program__", "__builtins__": __builtins__}
    loaded = []

    def body():
        if ctx["setup"] is not None:
            exec(ctx["setup"], namespace)
        exec(program, namespace)
        loaded.append(True)
        entry = ctx["entry_point"]
        if entry and entry.split(".")[0] not in namespace:
            raise NameError("the entry point %r is not defined by the program" % entry)
        sys.settrace(recorder.global_trace)
        try:
            exec(test_code, namespace)
        finally:
            sys.settrace(None)

    def give_up(limit):
        # The program keeps catching the limit (`except BaseException: pass` in a loop):
        # report what was recorded and stop the whole run here.
        sys.settrace(None)
        message = _LIMIT_MESSAGES.get(limit.outcome, "Limit reached").format(**limits)
        result.update(outcome=limit.outcome, passed=False, events=recorder.events, truncated=recorder.truncated,
                      stdout=capture.value(), message=message + "; the program kept catching the stop, so it was abandoned")
        ctx["give_up"](result)

    guard.on_stuck = give_up
    capture.reset()
    remaining = ctx["deadline"] - time.time()
    err = guard.run(body, remaining / max(ctx["tests_left"], 1))
    sys.settrace(None)
    outcome, message, exception = classify(err, test_code, limits)
    if outcome == "exception" and not loaded:
        message = "The program raised %s while loading" % message
    result.update(
        outcome=outcome, passed=outcome == "ok", events=recorder.events,
        truncated=recorder.truncated, stdout=capture.value(),
    )
    if message:
        result["message"] = message
    if exception:
        result["exception"] = exception
    result["durationMs"] = round((time.time() - started) * 1000, 1)
    namespace.clear()
    gc.collect()
    return result


def _deadline(limits):
    own = time.time() + float(limits["wallSeconds"])
    given = limits.get("deadline")
    # A deadline already past (clock skew, a very slow start) still gives the tests a moment.
    return max(min(own, float(given)), time.time() + 0.05) if isinstance(given, (int, float)) else own


def run(request, sandbox, guard, capture, exit_with, progress=lambda result: None):
    code = normalise(request.get("code", ""))
    tests = [normalise(t).rstrip("\n") for t in request.get("tests", [])]
    entry_point = request.get("entry_point") or None
    limits = dict(DEFAULTS)
    limits.update({k: v for k, v in (request.get("limits") or {}).items() if isinstance(v, (int, float))})
    lines = program_lines(code)
    tests = [humaneval_test(t, entry_point) for t in tests]
    test_lines, next_line = [], len(lines) + 1
    for test in tests:
        test_lines.append(next_line)
        next_line += len(test.split("\n"))
    try:
        setup = compile(normalise(request["setup"]), SETUP_FILE, "exec") if request.get("setup") else None
        program = compile(code, PROGRAM_FILE, "exec")
    except (SyntaxError, ValueError) as err:
        in_setup = getattr(err, "filename", None) == SETUP_FILE
        info = syntax_error_result(err, "The setup code" if in_setup else "The program")
        # The program's own error is shown on its line; the setup has no line in the rendering.
        events = [] if in_setup else [{"step": 0, "line": info["line"], "kind": "exception", "changed": {}, "exception": info["exception"]}]
        return {"format": FORMAT, "code": code, "tests": [
            {"test": t, "testLine": n, "outcome": "syntax-error", "passed": False, "events": events,
             "truncated": False, "stdout": "", "exception": info["exception"], "message": info["message"]}
            for t, n in zip(tests, test_lines)
        ]}
    hidden = {(False,) + key: names for key, names in comprehension_only_names(code).items()}
    ctx = {"progress": progress, "setup": setup, "hidden": hidden, "limits": limits, "guard": guard, "capture": capture, "sandbox": sandbox, "lines": lines,
           "entry_point": entry_point, "deadline": _deadline(limits), "tests_left": len(tests)}
    results = []

    def give_up(current):
        index = len(results)
        skipped = [
            {"test": t, "testLine": n, "outcome": "error", "passed": False, "events": [], "truncated": False, "stdout": "",
             "message": "Not run: test %d could not be stopped" % (index + 1)}
            for t, n in zip(tests[index + 1:], test_lines[index + 1:])
        ]
        exit_with({"format": FORMAT, "code": code, "tests": results + [current] + skipped})

    ctx["give_up"] = give_up
    for test, test_line in zip(tests, test_lines):
        results.append(run_test(ctx, program, test, test_line))
        ctx["progress"](results[-1])
        ctx["tests_left"] -= 1
    return {"format": FORMAT, "code": code, "tests": results}


def _is_open(fd):
    try:
        os.fstat(fd)
        return True
    except OSError:
        return False


def main():
    raw = sys.stdin.buffer.read()
    # fd 3, when the parent opened it, receives each test's result as it finishes:
    # what a hard kill (a test stuck inside C code) would otherwise lose.
    progress_fd = 3 if _is_open(3) else None
    result_fd = tl_sandbox.isolate_stdio()
    try:
        request = json.loads(raw.decode("utf-8"))
        if not isinstance(request, dict) or not isinstance(request.get("code"), str):
            raise ValueError("the request must be an object with a string `code`")
        if not isinstance(request.get("tests"), list) or not all(isinstance(t, str) for t in request["tests"]):
            raise ValueError("`tests` must be a list of strings")
        limits = dict(DEFAULTS)
        limits.update(request.get("limits") or {})
        tl_sandbox.apply_limits(limits["memoryMB"], limits["cpuSeconds"])
        sandbox = tl_sandbox.Sandbox(os.getcwd())
        guard = Guard()
        capture = Capture(guard, int(limits["maxOutputBytes"]))
        install_capture(capture)
        sandbox.install()
        def exit_with(partial):
            tl_sandbox.write_all(result_fd, json.dumps(partial, ensure_ascii=True).encode("ascii"))
            os._exit(0)

        def progress(test_result):
            if progress_fd is not None:
                try:
                    tl_sandbox.write_all(progress_fd, (json.dumps(test_result, ensure_ascii=True) + "\n").encode("ascii"))
                except OSError:
                    pass

        result = run(request, sandbox, guard, capture, exit_with, progress)
        payload = json.dumps(result, ensure_ascii=True)
    except MemoryError:
        payload = json.dumps({"fatal": "memory", "message": "The tracer ran out of memory"})
    except Exception as err:
        payload = json.dumps({"fatal": "error", "message": "Tracer failure: %s: %s" % (type(err).__name__, err)})
    tl_sandbox.write_all(result_fd, payload.encode("ascii"))
    os.close(result_fd)


if __name__ == "__main__":
    main()
