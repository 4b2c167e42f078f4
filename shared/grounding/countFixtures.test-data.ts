import type { StructuredTrace } from '../trace/types';

/**
 * Traces written by the real tracer (electron/tracer/tracer.py, Python 3.11), kept verbatim:
 * it records a line only when the line changed a variable, which is what count claims must cope with.
 */

export const sumTo: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: "def sum_to(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total",
  tests: [
    {
      test: "assert sum_to(4) == 10",
      testLine: 6,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "sum_to", "changed": {"n": "4"}},
        {"step": 1, "line": 2, "kind": "line", "func": "sum_to", "changed": {"total": "0"}},
        {"step": 2, "line": 3, "kind": "line", "func": "sum_to", "changed": {"i": "0"}},
        {"step": 3, "line": 3, "kind": "line", "func": "sum_to", "changed": {"i": "1"}},
        {"step": 4, "line": 4, "kind": "line", "func": "sum_to", "changed": {"total": "1"}},
        {"step": 5, "line": 3, "kind": "line", "func": "sum_to", "changed": {"i": "2"}},
        {"step": 6, "line": 4, "kind": "line", "func": "sum_to", "changed": {"total": "3"}},
        {"step": 7, "line": 3, "kind": "line", "func": "sum_to", "changed": {"i": "3"}},
        {"step": 8, "line": 4, "kind": "line", "func": "sum_to", "changed": {"total": "6"}},
        {"step": 9, "line": 5, "kind": "return", "func": "sum_to", "changed": {}, "returnValue": "6"},
        {"step": 10, "line": 6, "kind": "exception", "func": "<test>", "changed": {}, "exception": {"type": "AssertionError", "message": ""}},
      ],
      truncated: false,
      stdout: "",
      outcome: "failed",
      passed: false,
      message: "The assertion failed",
      exception: {"type": "AssertionError", "message": ""},
    },
    {
      test: "assert sum_to(0) == 0",
      testLine: 7,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "sum_to", "changed": {"n": "0"}},
        {"step": 1, "line": 2, "kind": "line", "func": "sum_to", "changed": {"total": "0"}},
        {"step": 2, "line": 5, "kind": "return", "func": "sum_to", "changed": {}, "returnValue": "0"},
      ],
      truncated: false,
      stdout: "",
      outcome: "ok",
      passed: true,
    },
  ],
};

export const countDigits: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: "def count_digits(n):\n    count = 0\n    while n > 0:\n        n //= 10\n        count += 1\n    return count",
  tests: [
    {
      test: "assert count_digits(345) == 3",
      testLine: 7,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "count_digits", "changed": {"n": "345"}},
        {"step": 1, "line": 2, "kind": "line", "func": "count_digits", "changed": {"count": "0"}},
        {"step": 2, "line": 4, "kind": "line", "func": "count_digits", "changed": {"n": "34"}},
        {"step": 3, "line": 5, "kind": "line", "func": "count_digits", "changed": {"count": "1"}},
        {"step": 4, "line": 4, "kind": "line", "func": "count_digits", "changed": {"n": "3"}},
        {"step": 5, "line": 5, "kind": "line", "func": "count_digits", "changed": {"count": "2"}},
        {"step": 6, "line": 4, "kind": "line", "func": "count_digits", "changed": {"n": "0"}},
        {"step": 7, "line": 5, "kind": "line", "func": "count_digits", "changed": {"count": "3"}},
        {"step": 8, "line": 6, "kind": "return", "func": "count_digits", "changed": {}, "returnValue": "3"},
      ],
      truncated: false,
      stdout: "",
      outcome: "ok",
      passed: true,
    },
  ],
};

export const best: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: "def best(xs):\n    m = xs[0]\n    for x in xs:\n        m = max(m, x)\n    return m",
  tests: [
    {
      test: "assert best([1, 1, 2]) == 2",
      testLine: 6,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "best", "changed": {"xs": "[1, 1, 2]"}},
        {"step": 1, "line": 2, "kind": "line", "func": "best", "changed": {"m": "1"}},
        {"step": 2, "line": 3, "kind": "line", "func": "best", "changed": {"x": "1"}},
        {"step": 3, "line": 3, "kind": "line", "func": "best", "changed": {"x": "2"}},
        {"step": 4, "line": 4, "kind": "line", "func": "best", "changed": {"m": "2"}},
        {"step": 5, "line": 5, "kind": "return", "func": "best", "changed": {}, "returnValue": "2"},
      ],
      truncated: false,
      stdout: "",
      outcome: "ok",
      passed: true,
    },
  ],
};

export const firstBig: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: "def first_big(xs):\n    m = 0\n    for x in xs:\n        m = max(m, x)\n        if x > 5:\n            break\n    return m",
  tests: [
    {
      test: "assert first_big([1, 1, 9, 2]) == 9",
      testLine: 8,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "first_big", "changed": {"xs": "[1, 1, 9, 2]"}},
        {"step": 1, "line": 2, "kind": "line", "func": "first_big", "changed": {"m": "0"}},
        {"step": 2, "line": 3, "kind": "line", "func": "first_big", "changed": {"x": "1"}},
        {"step": 3, "line": 4, "kind": "line", "func": "first_big", "changed": {"m": "1"}},
        {"step": 4, "line": 3, "kind": "line", "func": "first_big", "changed": {"x": "9"}},
        {"step": 5, "line": 4, "kind": "line", "func": "first_big", "changed": {"m": "9"}},
        {"step": 6, "line": 7, "kind": "return", "func": "first_big", "changed": {}, "returnValue": "9"},
      ],
      truncated: false,
      stdout: "",
      outcome: "ok",
      passed: true,
    },
  ],
};

export const smallest: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: "def smallest(xs):\n    if len(xs) < 2:\n        return None\n    best = xs[0]\n    for x in xs:\n        if x < best:\n            best = x\n    return best",
  tests: [
    {
      test: "assert smallest([2]) is None",
      testLine: 9,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "smallest", "changed": {"xs": "[2]"}},
        {"step": 1, "line": 3, "kind": "return", "func": "smallest", "changed": {}, "returnValue": "None"},
      ],
      truncated: false,
      stdout: "",
      outcome: "ok",
      passed: true,
    },
  ],
};

export const outer: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: "def outer(xs):\n    def inner(v):\n        return v * 2\n    return [inner(x) for x in xs]",
  tests: [
    {
      test: "assert outer([1, 2]) == [2, 4]",
      testLine: 5,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "outer", "changed": {"xs": "[1, 2]"}},
        {"step": 1, "line": 2, "kind": "line", "func": "outer", "changed": {"inner": "<function outer.<locals>.inner>"}},
        {"step": 2, "line": 2, "kind": "call", "func": "inner", "changed": {"v": "1"}},
        {"step": 3, "line": 3, "kind": "return", "func": "inner", "changed": {}, "returnValue": "2"},
        {"step": 4, "line": 2, "kind": "call", "func": "inner", "changed": {"v": "2"}},
        {"step": 5, "line": 3, "kind": "return", "func": "inner", "changed": {}, "returnValue": "4"},
        {"step": 6, "line": 4, "kind": "return", "func": "outer", "changed": {}, "returnValue": "[2, 4]"},
      ],
      truncated: false,
      stdout: "",
      outcome: "ok",
      passed: true,
    },
  ],
};

export const fact: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: "def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)",
  tests: [
    {
      test: "assert fact(3) == 6",
      testLine: 5,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "fact", "changed": {"n": "3"}},
        {"step": 1, "line": 1, "kind": "call", "func": "fact", "changed": {"n": "2"}},
        {"step": 2, "line": 1, "kind": "call", "func": "fact", "changed": {"n": "1"}},
        {"step": 3, "line": 3, "kind": "return", "func": "fact", "changed": {}, "returnValue": "1"},
        {"step": 4, "line": 4, "kind": "return", "func": "fact", "changed": {}, "returnValue": "2"},
        {"step": 5, "line": 4, "kind": "return", "func": "fact", "changed": {}, "returnValue": "6"},
      ],
      truncated: false,
      stdout: "",
      outcome: "ok",
      passed: true,
    },
  ],
};

export const twoLoops: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: "def pairs(xs):\n    count = 0\n    for i in range(len(xs)):\n        for j in range(i):\n            if xs[i] < xs[j]:\n                count += 1\n    seen = []\n    while len(seen) < 2:\n        seen.append(count)\n    return count",
  tests: [
    {
      test: "assert pairs([3, 1, 2]) == 2",
      testLine: 11,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "pairs", "changed": {"xs": "[3, 1, 2]"}},
        {"step": 1, "line": 2, "kind": "line", "func": "pairs", "changed": {"count": "0"}},
        {"step": 2, "line": 3, "kind": "line", "func": "pairs", "changed": {"i": "0"}},
        {"step": 3, "line": 3, "kind": "line", "func": "pairs", "changed": {"i": "1"}},
        {"step": 4, "line": 4, "kind": "line", "func": "pairs", "changed": {"j": "0"}},
        {"step": 5, "line": 6, "kind": "line", "func": "pairs", "changed": {"count": "1"}},
        {"step": 6, "line": 3, "kind": "line", "func": "pairs", "changed": {"i": "2"}},
        {"step": 7, "line": 6, "kind": "line", "func": "pairs", "changed": {"count": "2"}},
        {"step": 8, "line": 4, "kind": "line", "func": "pairs", "changed": {"j": "1"}},
        {"step": 9, "line": 7, "kind": "line", "func": "pairs", "changed": {"seen": "[]"}},
        {"step": 10, "line": 9, "kind": "line", "func": "pairs", "changed": {"seen": "[2]"}},
        {"step": 11, "line": 9, "kind": "line", "func": "pairs", "changed": {"seen": "[2, 2]"}},
        {"step": 12, "line": 10, "kind": "return", "func": "pairs", "changed": {}, "returnValue": "2"},
      ],
      truncated: false,
      stdout: "",
      outcome: "ok",
      passed: true,
    },
  ],
};

export const spin: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: "def spin(n):\n    steps = 0\n    while n != 1:\n        steps += 1\n        n = n + 2\n    return steps",
  tests: [
    {
      test: "assert spin(3) == 0",
      testLine: 7,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "spin", "changed": {"n": "3"}},
        {"step": 1, "line": 2, "kind": "line", "func": "spin", "changed": {"steps": "0"}},
        {"step": 2, "line": 4, "kind": "line", "func": "spin", "changed": {"steps": "1"}},
        {"step": 3, "line": 5, "kind": "line", "func": "spin", "changed": {"n": "5"}},
        {"step": 4, "line": 4, "kind": "line", "func": "spin", "changed": {"steps": "2"}},
        {"step": 5, "line": 5, "kind": "line", "func": "spin", "changed": {"n": "7"}},
        {"step": 6, "line": 4, "kind": "line", "func": "spin", "changed": {"steps": "3"}},
        {"step": 7, "line": 5, "kind": "line", "func": "spin", "changed": {"n": "9"}},
        {"step": 8, "line": 4, "kind": "line", "func": "spin", "changed": {"steps": "4"}},
        {"step": 9, "line": 5, "kind": "line", "func": "spin", "changed": {"n": "11"}},
        {"step": 10, "line": 4, "kind": "line", "func": "spin", "changed": {"steps": "5"}},
        {"step": 11, "line": 5, "kind": "line", "func": "spin", "changed": {"n": "13"}},
      ],
      truncated: true,
      stdout: "",
      outcome: "step-limit",
      passed: false,
      message: "Stopped after 12 steps: the trace is truncated",
    },
  ],
};

export const findFirst: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: "def find_first(xs, target):\n    for i in range(len(xs)):\n        if xs[i] == target:\n            return i\n        print(i)\n    return -1",
  tests: [
    {
      test: "assert find_first([5, 7, 9], 9) == 2",
      testLine: 7,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "find_first", "changed": {"xs": "[5, 7, 9]", "target": "9"}},
        {"step": 1, "line": 2, "kind": "line", "func": "find_first", "changed": {"i": "0"}},
        {"step": 2, "line": 2, "kind": "line", "func": "find_first", "changed": {"i": "1"}},
        {"step": 3, "line": 2, "kind": "line", "func": "find_first", "changed": {"i": "2"}},
        {"step": 4, "line": 4, "kind": "return", "func": "find_first", "changed": {}, "returnValue": "2"},
      ],
      truncated: false,
      stdout: "0\n1\n",
      outcome: "ok",
      passed: true,
    },
    {
      test: "assert find_first([], 1) == -1",
      testLine: 8,
      events: [
        {"step": 0, "line": 1, "kind": "call", "func": "find_first", "changed": {"xs": "[]", "target": "1"}},
        {"step": 1, "line": 6, "kind": "return", "func": "find_first", "changed": {}, "returnValue": "-1"},
      ],
      truncated: false,
      stdout: "",
      outcome: "ok",
      passed: true,
    },
  ],
};

export const helper: StructuredTrace = {
  format: 'tracelens.trace/v1',
  code: "def double(x):\n    return x * 2\n\ndef total(xs):\n    out = []\n    for x in xs:\n        out.append(double(x))\n    if not out:\n        raise ValueError('empty')\n    return sum(out)",
  tests: [
    {
      test: "assert total([1, 2]) == 6",
      testLine: 11,
      events: [
        {"step": 0, "line": 4, "kind": "call", "func": "total", "changed": {"xs": "[1, 2]"}},
        {"step": 1, "line": 5, "kind": "line", "func": "total", "changed": {"out": "[]"}},
        {"step": 2, "line": 6, "kind": "line", "func": "total", "changed": {"x": "1"}},
        {"step": 3, "line": 1, "kind": "call", "func": "double", "changed": {"x": "1"}},
        {"step": 4, "line": 2, "kind": "return", "func": "double", "changed": {}, "returnValue": "2"},
        {"step": 5, "line": 7, "kind": "line", "func": "total", "changed": {"out": "[2]"}},
        {"step": 6, "line": 6, "kind": "line", "func": "total", "changed": {"x": "2"}},
        {"step": 7, "line": 1, "kind": "call", "func": "double", "changed": {"x": "2"}},
        {"step": 8, "line": 2, "kind": "return", "func": "double", "changed": {}, "returnValue": "4"},
        {"step": 9, "line": 7, "kind": "line", "func": "total", "changed": {"out": "[2, 4]"}},
        {"step": 10, "line": 10, "kind": "return", "func": "total", "changed": {}, "returnValue": "6"},
      ],
      truncated: false,
      stdout: "",
      outcome: "ok",
      passed: true,
    },
  ],
};
