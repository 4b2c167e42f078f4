import { py } from './py';
import type { DemoProblem } from './types';

/** Sums, counts and simple loops over lists. */
export const basics: DemoProblem[] = [
  {
    slug: 'sum-of-evens',
    description: 'Write a function that returns the sum of the even numbers in a list of integers.',
    entryPoint: 'sum_of_evens',
    reference: py`
def sum_of_evens(nums):
    total = 0
    for n in nums:
        if n % 2 == 0:
            total += n
    return total
`,
    alternatives: [
      py`
def sum_of_evens(nums):
    return sum(n for n in nums if n % 2 == 0)
`,
    ],
    tests: [
      'assert sum_of_evens([1, 2, 3, 4]) == 6',
      'assert sum_of_evens([5, 7]) == 0',
      'assert sum_of_evens([-2, 3, 8]) == 6',
    ],
    bugs: [
      {
        kind: 'wrong-operator',
        code: py`
def sum_of_evens(nums):
    total = 0
    for n in nums:
        if n % 2 == 1:
            total += n
    return total
`,
        why: 'The test `n % 2 == 1` selects the odd numbers, so the function adds exactly the values it should skip.',
      },
      {
        kind: 'wrong-initial-value',
        code: py`
def sum_of_evens(nums):
    total = 1
    for n in nums:
        if n % 2 == 0:
            total += n
    return total
`,
        why: 'The accumulator starts at `1` instead of `0`, so every sum comes out one too large.',
      },
    ],
  },
  {
    slug: 'count-vowels',
    description: 'Write a function that counts the vowels (a, e, i, o, u) in a string, ignoring case.',
    entryPoint: 'count_vowels',
    reference: py`
def count_vowels(text):
    count = 0
    for ch in text.lower():
        if ch in 'aeiou':
            count += 1
    return count
`,
    tests: [
      "assert count_vowels('banana') == 3",
      "assert count_vowels('Orange') == 3",
      "assert count_vowels('rhythm') == 0",
      "assert count_vowels('EIO') == 3",
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def count_vowels(text):
    count = 0
    for ch in text:
        if ch in 'aeiou':
            count += 1
    return count
`,
        why: 'The loop compares the characters as they are, so upper-case vowels such as `O` are never counted; the text needs `.lower()` first.',
      },
      {
        kind: 'off-by-one',
        code: py`
def count_vowels(text):
    count = 0
    for i in range(1, len(text)):
        if text[i].lower() in 'aeiou':
            count += 1
    return count
`,
        why: '`range(1, len(text))` starts at index 1, so a vowel in the first position is skipped.',
      },
    ],
  },
  {
    slug: 'largest-item',
    description: 'Write a function that returns the largest number in a list without using max(); return None for an empty list.',
    entryPoint: 'largest',
    reference: py`
def largest(xs):
    if not xs:
        return None
    best = xs[0]
    for x in xs[1:]:
        if x > best:
            best = x
    return best
`,
    tests: [
      'assert largest([3, 9, 4]) == 9',
      'assert largest([-5, -2, -8]) == -2',
      'assert largest([]) is None',
      'assert largest([7]) == 7',
    ],
    bugs: [
      {
        kind: 'wrong-initial-value',
        code: py`
def largest(xs):
    if not xs:
        return None
    best = 0
    for x in xs:
        if x > best:
            best = x
    return best
`,
        why: 'Starting `best` at `0` assumes some element is positive; for a list of negative numbers nothing beats 0 and the function returns 0.',
      },
      {
        kind: 'edge-exception',
        code: py`
def largest(xs):
    best = xs[0]
    for x in xs[1:]:
        if x > best:
            best = x
    return best
`,
        why: 'There is no check for an empty list, so `xs[0]` raises `IndexError` instead of returning `None`.',
      },
    ],
  },
  {
    slug: 'factorial',
    description: 'Write a function that computes n! for a non-negative integer n, with 0! = 1.',
    entryPoint: 'factorial',
    reference: py`
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result
`,
    alternatives: [
      py`
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)
`,
    ],
    tests: ['assert factorial(0) == 1', 'assert factorial(4) == 24', 'assert factorial(5) == 120'],
    bugs: [
      {
        kind: 'off-by-one',
        code: py`
def factorial(n):
    result = 1
    for k in range(2, n):
        result *= k
    return result
`,
        why: '`range(2, n)` stops before `n`, so the last factor is never multiplied in and `factorial(4)` comes out as 6.',
      },
      {
        kind: 'wrong-initial-value',
        code: py`
def factorial(n):
    result = 0
    for k in range(2, n + 1):
        result *= k
    return result
`,
        why: 'The product starts at `0`, and anything multiplied by 0 stays 0; it must start at `1`.',
      },
    ],
  },
  {
    slug: 'running-total',
    description: 'Write a function that returns the list of running totals of a list of numbers (the i-th item is the sum of the first i+1 numbers).',
    entryPoint: 'running_total',
    reference: py`
def running_total(nums):
    out = []
    total = 0
    for n in nums:
        total += n
        out.append(total)
    return out
`,
    tests: [
      'assert running_total([1, 2, 3]) == [1, 3, 6]',
      'assert running_total([]) == []',
      'assert running_total([5, -5, 2]) == [5, 0, 2]',
    ],
    bugs: [
      {
        kind: 'off-by-one',
        code: py`
def running_total(nums):
    out = []
    total = 0
    for n in nums:
        out.append(total)
        total += n
    return out
`,
        why: 'The total is appended before the current number is added, so every entry lags one position behind.',
      },
      {
        kind: 'edge-exception',
        code: py`
def running_total(nums):
    total = nums[0]
    out = [total]
    for n in nums[1:]:
        total += n
        out.append(total)
    return out
`,
        why: 'Seeding the total with `nums[0]` fails on an empty list: `nums[0]` raises `IndexError`.',
      },
    ],
  },
  {
    slug: 'product-of-list',
    description: 'Write a function that multiplies all the numbers in a list; the product of an empty list is 1.',
    entryPoint: 'product',
    reference: py`
def product(nums):
    result = 1
    for n in nums:
        result *= n
    return result
`,
    tests: ['assert product([2, 3, 4]) == 24', 'assert product([]) == 1', 'assert product([-1, 5]) == -5'],
    bugs: [
      {
        kind: 'wrong-initial-value',
        code: py`
def product(nums):
    result = 0
    for n in nums:
        result *= n
    return result
`,
        why: 'The product starts at `0`, so it stays 0 whatever the list holds; the neutral element of multiplication is `1`.',
      },
      {
        kind: 'wrong-operator',
        code: py`
def product(nums):
    result = 1
    for n in nums:
        result += n
    return result
`,
        why: '`result += n` adds instead of multiplying.',
      },
    ],
  },
  {
    slug: 'list-average',
    description: 'Write a function that returns the arithmetic mean of a list of numbers, or 0.0 for an empty list.',
    entryPoint: 'average',
    reference: py`
def average(xs):
    if len(xs) == 0:
        return 0.0
    return sum(xs) / len(xs)
`,
    tests: ['assert average([2, 4, 6]) == 4.0', 'assert average([]) == 0.0', 'assert average([1, 2]) == 1.5'],
    bugs: [
      {
        kind: 'edge-exception',
        code: py`
def average(xs):
    return sum(xs) / len(xs)
`,
        why: 'An empty list makes `len(xs)` zero, so the division raises `ZeroDivisionError` instead of returning `0.0`.',
      },
      {
        kind: 'off-by-one',
        code: py`
def average(xs):
    if len(xs) == 0:
        return 0.0
    return sum(xs) / (len(xs) - 1)
`,
        why: 'Dividing by `len(xs) - 1` is the sample-variance habit, not the mean; it inflates every average.',
      },
    ],
  },
  {
    slug: 'count-in-range',
    description: 'Write a function that counts how many numbers of a list lie between lo and hi, both inclusive.',
    entryPoint: 'count_in_range',
    reference: py`
def count_in_range(xs, lo, hi):
    count = 0
    for x in xs:
        if lo <= x <= hi:
            count += 1
    return count
`,
    tests: [
      'assert count_in_range([1, 5, 10, 15], 5, 10) == 2',
      'assert count_in_range([], 0, 3) == 0',
      'assert count_in_range([3, 3, 4], 3, 3) == 2',
    ],
    bugs: [
      {
        kind: 'wrong-operator',
        code: py`
def count_in_range(xs, lo, hi):
    count = 0
    for x in xs:
        if lo < x < hi:
            count += 1
    return count
`,
        why: 'The strict comparisons `lo < x < hi` leave out the bounds themselves, but the range is inclusive.',
      },
    ],
  },
];
