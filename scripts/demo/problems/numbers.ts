import { py } from './py';
import type { DemoProblem } from './types';

/** Arithmetic on integers: digits, divisors, sequences. */
export const numbers: DemoProblem[] = [
  {
    slug: 'gcd',
    description: 'Write a function that returns the greatest common divisor of two positive integers using the Euclidean algorithm.',
    entryPoint: 'gcd',
    reference: py`
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a
`,
    tests: ['assert gcd(12, 18) == 6', 'assert gcd(7, 5) == 1', 'assert gcd(20, 5) == 5'],
    bugs: [
      {
        kind: 'wrong-return',
        code: py`
def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return b
`,
        why: 'The loop ends exactly when `b` is 0, so returning `b` always gives 0; the divisor is left in `a`.',
      },
    ],
  },
  {
    slug: 'digit-sum',
    description: 'Write a function that returns the sum of the decimal digits of a non-negative integer.',
    entryPoint: 'digit_sum',
    reference: py`
def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total
`,
    alternatives: [
      py`
def digit_sum(n):
    return sum(int(d) for d in str(n))
`,
    ],
    tests: ['assert digit_sum(123) == 6', 'assert digit_sum(0) == 0', 'assert digit_sum(905) == 14'],
    bugs: [
      {
        kind: 'off-by-one',
        code: py`
def digit_sum(n):
    total = 0
    while n > 9:
        total += n % 10
        n //= 10
    return total
`,
        why: '`while n > 9` stops while one digit is still left in `n`, so the leading digit is never added.',
      },
      {
        kind: 'wrong-operator',
        code: py`
def digit_sum(n):
    total = 0
    while n > 0:
        total += n // 10
        n //= 10
    return total
`,
        why: '`n // 10` drops the last digit instead of extracting it; the digit is `n % 10`.',
      },
    ],
  },
  {
    slug: 'nth-fibonacci',
    description: 'Write a function that returns the n-th Fibonacci number, with fib(0) = 0 and fib(1) = 1.',
    entryPoint: 'fib',
    reference: py`
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
`,
    tests: ['assert fib(0) == 0', 'assert fib(1) == 1', 'assert fib(7) == 13'],
    bugs: [
      {
        kind: 'wrong-initial-value',
        code: py`
def fib(n):
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a + b
    return a
`,
        why: 'Seeding the pair with `1, 1` shifts the sequence by one, so `fib(0)` is 1 and `fib(7)` is 21.',
      },
      {
        kind: 'off-by-one',
        code: py`
def fib(n):
    a, b = 0, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return a
`,
        why: '`range(n - 1)` performs one step too few, so every result is the previous Fibonacci number.',
      },
    ],
  },
  {
    slug: 'count-primes',
    description: 'Write a function that counts the prime numbers strictly less than n.',
    entryPoint: 'count_primes',
    reference: py`
def count_primes(n):
    count = 0
    for k in range(2, n):
        is_prime = True
        for d in range(2, int(k ** 0.5) + 1):
            if k % d == 0:
                is_prime = False
                break
        if is_prime:
            count += 1
    return count
`,
    tests: ['assert count_primes(10) == 4', 'assert count_primes(2) == 0', 'assert count_primes(13) == 5'],
    bugs: [
      {
        kind: 'off-by-one',
        code: py`
def count_primes(n):
    count = 0
    for k in range(2, n + 1):
        is_prime = True
        for d in range(2, int(k ** 0.5) + 1):
            if k % d == 0:
                is_prime = False
                break
        if is_prime:
            count += 1
    return count
`,
        why: '`range(2, n + 1)` includes `n` itself, so when `n` is prime it is counted although the bound is strict.',
      },
      {
        kind: 'missing-case',
        code: py`
def count_primes(n):
    count = 0
    for k in range(1, n):
        is_prime = True
        for d in range(2, int(k ** 0.5) + 1):
            if k % d == 0:
                is_prime = False
                break
        if is_prime:
            count += 1
    return count
`,
        why: 'Starting at `k = 1` counts 1 as a prime: it has no divisor in the inner range, so `is_prime` stays `True`.',
      },
    ],
  },
  {
    slug: 'to-binary',
    description: 'Write a function that returns the binary representation of a non-negative integer as a string, without using bin(); 0 gives "0".',
    entryPoint: 'to_binary',
    reference: py`
def to_binary(n):
    if n == 0:
        return '0'
    digits = ''
    while n > 0:
        digits = str(n % 2) + digits
        n //= 2
    return digits
`,
    tests: ["assert to_binary(5) == '101'", "assert to_binary(0) == '0'", "assert to_binary(8) == '1000'"],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def to_binary(n):
    digits = ''
    while n > 0:
        digits = str(n % 2) + digits
        n //= 2
    return digits
`,
        why: 'For `n = 0` the loop never runs and the function returns an empty string instead of `"0"`.',
      },
      {
        kind: 'wrong-return',
        code: py`
def to_binary(n):
    if n == 0:
        return '0'
    digits = ''
    while n > 0:
        digits += str(n % 2)
        n //= 2
    return digits
`,
        why: 'Appending each new bit at the end builds the digits least-significant first, so the string comes out reversed.',
      },
    ],
  },
  {
    slug: 'leap-year',
    description: 'Write a function that tells whether a year is a leap year in the Gregorian calendar.',
    entryPoint: 'is_leap',
    reference: py`
def is_leap(year):
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 4 == 0
`,
    tests: [
      'assert is_leap(2024) == True',
      'assert is_leap(1900) == False',
      'assert is_leap(2000) == True',
      'assert is_leap(2023) == False',
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def is_leap(year):
    return year % 4 == 0
`,
        why: 'Only divisibility by 4 is tested; century years such as 1900 are not leap years unless divisible by 400.',
      },
      {
        kind: 'missing-case',
        code: py`
def is_leap(year):
    if year % 100 == 0:
        return False
    return year % 4 == 0
`,
        why: 'The century rule is applied before the 400-year exception, so 2000 is wrongly rejected.',
      },
    ],
  },
  {
    slug: 'clamp',
    description: 'Write a function that clamps a number to the interval [lo, hi].',
    entryPoint: 'clamp',
    reference: py`
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x
`,
    tests: ['assert clamp(5, 0, 10) == 5', 'assert clamp(-3, 0, 10) == 0', 'assert clamp(42, 0, 10) == 10'],
    bugs: [
      {
        kind: 'wrong-return',
        code: py`
def clamp(x, lo, hi):
    if x < lo:
        return hi
    if x > hi:
        return lo
    return x
`,
        why: 'The two bounds are swapped in the returns: a value below `lo` comes back as `hi` and one above `hi` as `lo`.',
      },
    ],
  },
  {
    slug: 'fizzbuzz-value',
    description: 'Write a function that returns "FizzBuzz" for multiples of 15, "Fizz" for other multiples of 3, "Buzz" for other multiples of 5, and the number as a string otherwise.',
    entryPoint: 'fizzbuzz',
    reference: py`
def fizzbuzz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)
`,
    tests: [
      "assert fizzbuzz(9) == 'Fizz'",
      "assert fizzbuzz(30) == 'FizzBuzz'",
      "assert fizzbuzz(10) == 'Buzz'",
      "assert fizzbuzz(7) == '7'",
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def fizzbuzz(n):
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    if n % 15 == 0:
        return 'FizzBuzz'
    return str(n)
`,
        why: 'The multiple-of-3 test comes first, so 30 returns `Fizz` and the `FizzBuzz` branch is unreachable.',
      },
      {
        kind: 'wrong-return',
        code: py`
def fizzbuzz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return n
`,
        why: 'The fall-through returns the integer `n` rather than `str(n)`.',
      },
    ],
  },
];
