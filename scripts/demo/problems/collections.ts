import { py } from './py';
import type { DemoProblem } from './types';

/** Building and reshaping lists, and small parsers. */
export const collections: DemoProblem[] = [
  {
    slug: 'remove-duplicates',
    description: 'Write a function that removes repeated elements from a list and keeps the first occurrence of each, in order.',
    entryPoint: 'dedupe',
    reference: py`
def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out
`,
    tests: [
      'assert dedupe([1, 2, 1, 3, 2]) == [1, 2, 3]',
      'assert dedupe([]) == []',
      "assert dedupe(['a', 'a']) == ['a']",
    ],
    bugs: [
      {
        kind: 'wrong-operator',
        code: py`
def dedupe(xs):
    out = []
    for x in xs:
        if x in out:
            out.append(x)
    return out
`,
        why: 'The membership test is inverted: `if x in out` only appends elements already present, and since `out` starts empty nothing is ever added.',
      },
    ],
  },
  {
    slug: 'flatten-once',
    description: 'Write a function that flattens a list of lists by one level.',
    entryPoint: 'flatten',
    reference: py`
def flatten(lists):
    out = []
    for inner in lists:
        out.extend(inner)
    return out
`,
    tests: [
      'assert flatten([[1, 2], [3]]) == [1, 2, 3]',
      'assert flatten([[], [4]]) == [4]',
      'assert flatten([]) == []',
    ],
    bugs: [
      {
        kind: 'wrong-operator',
        code: py`
def flatten(lists):
    out = []
    for inner in lists:
        out.append(inner)
    return out
`,
        why: '`append` adds each inner list as a single element, so nothing is flattened; `extend` adds its items.',
      },
    ],
  },
  {
    slug: 'rotate-left',
    description: 'Write a function that rotates a list k positions to the left; k may exceed the length, and an empty list stays empty.',
    entryPoint: 'rotate_left',
    reference: py`
def rotate_left(xs, k):
    if not xs:
        return []
    k = k % len(xs)
    return xs[k:] + xs[:k]
`,
    tests: [
      'assert rotate_left([1, 2, 3, 4], 1) == [2, 3, 4, 1]',
      'assert rotate_left([1, 2, 3], 4) == [2, 3, 1]',
      'assert rotate_left([], 2) == []',
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def rotate_left(xs, k):
    return xs[k:] + xs[:k]
`,
        why: 'Without `k % len(xs)` a shift larger than the list slices everything into one side and the list comes back unrotated.',
      },
      {
        kind: 'edge-exception',
        code: py`
def rotate_left(xs, k):
    k = k % len(xs)
    return xs[k:] + xs[:k]
`,
        why: 'For an empty list `k % len(xs)` is a modulo by zero and raises `ZeroDivisionError`.',
      },
    ],
  },
  {
    slug: 'pairwise-diffs',
    description: 'Write a function that returns the differences between consecutive elements of a list (xs[i+1] - xs[i]).',
    entryPoint: 'diffs',
    reference: py`
def diffs(xs):
    out = []
    for i in range(len(xs) - 1):
        out.append(xs[i + 1] - xs[i])
    return out
`,
    tests: ['assert diffs([1, 4, 9]) == [3, 5]', 'assert diffs([5]) == []', 'assert diffs([3, 1, 1]) == [-2, 0]'],
    bugs: [
      {
        kind: 'edge-exception',
        code: py`
def diffs(xs):
    out = []
    for i in range(len(xs)):
        out.append(xs[i + 1] - xs[i])
    return out
`,
        why: 'The loop visits the last index too, where `xs[i + 1]` raises `IndexError`.',
      },
      {
        kind: 'wrong-operator',
        code: py`
def diffs(xs):
    out = []
    for i in range(len(xs) - 1):
        out.append(xs[i] - xs[i + 1])
    return out
`,
        why: 'The subtraction is reversed: `xs[i] - xs[i + 1]` gives every difference with the wrong sign.',
      },
    ],
  },
  {
    slug: 'transpose',
    description: 'Write a function that transposes a matrix given as a list of equal-length rows.',
    entryPoint: 'transpose',
    reference: py`
def transpose(rows):
    if not rows:
        return []
    out = []
    for c in range(len(rows[0])):
        out.append([row[c] for row in rows])
    return out
`,
    tests: [
      'assert transpose([[1, 2], [3, 4]]) == [[1, 3], [2, 4]]',
      'assert transpose([[1, 2, 3]]) == [[1], [2], [3]]',
      'assert transpose([]) == []',
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def transpose(rows):
    if not rows:
        return []
    out = []
    for c in range(len(rows)):
        out.append([row[c] for row in rows])
    return out
`,
        why: 'The column loop uses the number of rows; it only works for square matrices and misses columns of a wide one.',
      },
    ],
  },
  {
    slug: 'balanced-parens',
    description: 'Write a function that tells whether the round brackets in a string are balanced.',
    entryPoint: 'balanced',
    reference: py`
def balanced(text):
    depth = 0
    for ch in text:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
`,
    tests: [
      "assert balanced('(a(b)c)') == True",
      "assert balanced(')(') == False",
      "assert balanced('((') == False",
      "assert balanced('') == True",
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def balanced(text):
    depth = 0
    for ch in text:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
    return depth == 0
`,
        why: 'The depth may go negative and recover: `)(` ends at 0 and passes, because a closing bracket before any opening one is never rejected.',
      },
      {
        kind: 'wrong-return',
        code: py`
def balanced(text):
    depth = 0
    for ch in text:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
            if depth < 0:
                return False
    return True
`,
        why: 'The final `return True` ignores brackets left open, so `((` counts as balanced; it should return `depth == 0`.',
      },
    ],
  },
  {
    slug: 'interleave',
    description: 'Write a function that interleaves two lists element by element and appends whatever is left of the longer one.',
    entryPoint: 'interleave',
    reference: py`
def interleave(a, b):
    out = []
    for i in range(max(len(a), len(b))):
        if i < len(a):
            out.append(a[i])
        if i < len(b):
            out.append(b[i])
    return out
`,
    tests: [
      'assert interleave([1, 3], [2, 4]) == [1, 2, 3, 4]',
      "assert interleave(['x'], ['y', 'z']) == ['x', 'y', 'z']",
      'assert interleave([], [5]) == [5]',
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def interleave(a, b):
    out = []
    for x, y in zip(a, b):
        out.append(x)
        out.append(y)
    return out
`,
        why: '`zip` stops at the shorter list, so the leftover items of the longer one are dropped.',
      },
    ],
  },
  {
    slug: 'triangle-kind',
    description: 'Write a function that classifies a triangle by its side lengths as "equilateral", "isosceles", "scalene", or "invalid" when the sides break the triangle inequality.',
    entryPoint: 'triangle_kind',
    reference: py`
def triangle_kind(a, b, c):
    if a + b <= c or a + c <= b or b + c <= a:
        return 'invalid'
    if a == b == c:
        return 'equilateral'
    if a == b or b == c or a == c:
        return 'isosceles'
    return 'scalene'
`,
    tests: [
      "assert triangle_kind(3, 3, 3) == 'equilateral'",
      "assert triangle_kind(5, 3, 5) == 'isosceles'",
      "assert triangle_kind(3, 4, 5) == 'scalene'",
      "assert triangle_kind(1, 2, 8) == 'invalid'",
    ],
    bugs: [
      {
        kind: 'wrong-operator',
        code: py`
def triangle_kind(a, b, c):
    if a + b <= c or a + c <= b or b + c <= a:
        return 'invalid'
    if a == b == c:
        return 'equilateral'
    if a == b or b == c:
        return 'isosceles'
    return 'scalene'
`,
        why: 'The isosceles test compares `a == b` and `b == c` but never `a == c`, so `(5, 3, 5)` is called scalene.',
      },
      {
        kind: 'missing-case',
        code: py`
def triangle_kind(a, b, c):
    if a == b == c:
        return 'equilateral'
    if a == b or b == c or a == c:
        return 'isosceles'
    return 'scalene'
`,
        why: 'The triangle inequality is never checked, so impossible sides such as `(1, 2, 8)` are classified as a scalene triangle.',
      },
    ],
  },
];
