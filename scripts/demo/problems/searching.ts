import { py } from './py';
import type { DemoProblem } from './types';

/** Searching, ordering and positions in lists. */
export const searching: DemoProblem[] = [
  {
    slug: 'binary-search',
    description: 'Write a function that returns the index of target in a sorted list using binary search, or -1 when it is absent.',
    entryPoint: 'binary_search',
    reference: py`
def binary_search(xs, target):
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
`,
    tests: [
      'assert binary_search([1, 3, 5, 7], 7) == 3',
      'assert binary_search([1, 3, 5, 7], 1) == 0',
      'assert binary_search([2, 4], 3) == -1',
      'assert binary_search([], 1) == -1',
    ],
    bugs: [
      {
        kind: 'off-by-one',
        code: py`
def binary_search(xs, target):
    lo = 0
    hi = len(xs) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
`,
        why: 'With `while lo < hi` the loop stops when one candidate is left, so a target in the last remaining slot is never compared.',
      },
      {
        kind: 'edge-exception',
        code: py`
def binary_search(xs, target):
    lo = 0
    hi = len(xs)
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
`,
        why: '`hi = len(xs)` is one past the last index, so when the search moves right `xs[mid]` reads past the end and raises `IndexError`.',
      },
    ],
  },
  {
    slug: 'second-largest',
    description: 'Write a function that returns the second largest distinct value in a list, or None when there is no such value.',
    entryPoint: 'second_largest',
    reference: py`
def second_largest(xs):
    first = None
    second = None
    for x in xs:
        if first is None or x > first:
            if first is not None:
                second = first
            first = x
        elif x != first and (second is None or x > second):
            second = x
    return second
`,
    tests: [
      'assert second_largest([4, 1, 3]) == 3',
      'assert second_largest([5, 5, 2]) == 2',
      'assert second_largest([7]) is None',
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def second_largest(xs):
    ordered = sorted(xs, reverse=True)
    if len(ordered) < 2:
        return None
    return ordered[1]
`,
        why: 'Sorting and taking `ordered[1]` ignores duplicates: for `[5, 5, 2]` the second item is another 5, not the second distinct value.',
      },
    ],
  },
  {
    slug: 'min-index',
    description: 'Write a function that returns the index of the smallest element of a non-empty list (the first one if it repeats).',
    entryPoint: 'min_index',
    reference: py`
def min_index(xs):
    best = 0
    for i in range(1, len(xs)):
        if xs[i] < xs[best]:
            best = i
    return best
`,
    tests: ['assert min_index([4, 2, 9]) == 1', 'assert min_index([3, 8, 1]) == 2', 'assert min_index([5]) == 0'],
    bugs: [
      {
        kind: 'off-by-one',
        code: py`
def min_index(xs):
    best = 0
    for i in range(1, len(xs) - 1):
        if xs[i] < xs[best]:
            best = i
    return best
`,
        why: '`range(1, len(xs) - 1)` never visits the last index, so a minimum at the end of the list is missed.',
      },
      {
        kind: 'wrong-return',
        code: py`
def min_index(xs):
    best = 0
    for i in range(1, len(xs)):
        if xs[i] < xs[best]:
            best = i
    return xs[best]
`,
        why: 'The loop finds the right position but the function returns the value `xs[best]` rather than the index `best`.',
      },
    ],
  },
  {
    slug: 'is-sorted',
    description: 'Write a function that tells whether a list is sorted in non-decreasing order.',
    entryPoint: 'is_sorted',
    reference: py`
def is_sorted(xs):
    for i in range(len(xs) - 1):
        if xs[i] > xs[i + 1]:
            return False
    return True
`,
    tests: [
      'assert is_sorted([1, 2, 2, 5]) == True',
      'assert is_sorted([3, 1]) == False',
      'assert is_sorted([]) == True',
    ],
    bugs: [
      {
        kind: 'wrong-operator',
        code: py`
def is_sorted(xs):
    for i in range(len(xs) - 1):
        if xs[i] >= xs[i + 1]:
            return False
    return True
`,
        why: '`>=` rejects equal neighbours, but a non-decreasing list may repeat a value.',
      },
      {
        kind: 'edge-exception',
        code: py`
def is_sorted(xs):
    for i in range(len(xs)):
        if xs[i] > xs[i + 1]:
            return False
    return True
`,
        why: 'The loop runs `i` up to the last index, where `xs[i + 1]` raises `IndexError`; it should stop at `len(xs) - 1`.',
      },
    ],
  },
  {
    slug: 'first-repeated',
    description: 'Write a function that returns the first element of a list that occurs a second time, scanning from the left, or None if all elements are distinct.',
    entryPoint: 'first_repeated',
    reference: py`
def first_repeated(xs):
    seen = []
    for x in xs:
        if x in seen:
            return x
        seen.append(x)
    return None
`,
    tests: [
      'assert first_repeated([3, 1, 4, 1, 3]) == 1',
      'assert first_repeated([1, 2, 3]) is None',
      'assert first_repeated([9, 9]) == 9',
    ],
    bugs: [
      {
        kind: 'wrong-return',
        code: py`
def first_repeated(xs):
    seen = []
    for i, x in enumerate(xs):
        if x in seen:
            return i
        seen.append(x)
    return None
`,
        why: 'It returns the position `i` of the repeat instead of the repeated value `x`.',
      },
    ],
  },
  {
    slug: 'median',
    description: 'Write a function that returns the median of a non-empty list of numbers (the mean of the two middle values when the length is even).',
    entryPoint: 'median',
    reference: py`
def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    if n % 2 == 1:
        return s[mid]
    return (s[mid - 1] + s[mid]) / 2
`,
    tests: ['assert median([3, 1, 2]) == 2', 'assert median([4, 1, 3, 2]) == 2.5', 'assert median([7]) == 7'],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid]
`,
        why: 'Only the odd-length case is handled; for an even length the median is the mean of the two middle values, not `s[mid]`.',
      },
      {
        kind: 'missing-case',
        code: py`
def median(xs):
    n = len(xs)
    mid = n // 2
    if n % 2 == 1:
        return xs[mid]
    return (xs[mid - 1] + xs[mid]) / 2
`,
        why: 'The list is never sorted, so the middle position holds whatever value happens to be there.',
      },
    ],
  },
  {
    slug: 'merge-sorted',
    description: 'Write a function that merges two sorted lists into one sorted list.',
    entryPoint: 'merge_sorted',
    reference: py`
def merge_sorted(a, b):
    i = 0
    j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out
`,
    tests: [
      'assert merge_sorted([1, 4], [2, 3]) == [1, 2, 3, 4]',
      'assert merge_sorted([], [5]) == [5]',
      'assert merge_sorted([1, 2], [7, 8]) == [1, 2, 7, 8]',
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def merge_sorted(a, b):
    i = 0
    j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    return out
`,
        why: 'After the loop only the rest of `a` is copied; when `a` runs out first the remaining items of `b` are lost.',
      },
    ],
  },
  {
    slug: 'chunk-list',
    description: 'Write a function that splits a list into consecutive chunks of a given size; the last chunk may be shorter.',
    entryPoint: 'chunks',
    reference: py`
def chunks(xs, size):
    out = []
    for start in range(0, len(xs), size):
        out.append(xs[start:start + size])
    return out
`,
    tests: [
      'assert chunks([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]',
      'assert chunks([1, 2, 3], 3) == [[1, 2, 3]]',
      'assert chunks([], 4) == []',
    ],
    bugs: [
      {
        kind: 'off-by-one',
        code: py`
def chunks(xs, size):
    out = []
    for start in range(0, len(xs) - 1, size):
        out.append(xs[start:start + size])
    return out
`,
        why: 'The range stops at `len(xs) - 1`, so a final chunk that starts at the last element is dropped.',
      },
    ],
  },
];
