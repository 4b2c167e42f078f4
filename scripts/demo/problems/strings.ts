import { py } from './py';
import type { DemoProblem } from './types';

/** Text handling: words, characters, palindromes. */
export const strings: DemoProblem[] = [
  {
    slug: 'reverse-words',
    description: 'Write a function that reverses the order of the words in a sentence; words are separated by single spaces.',
    entryPoint: 'reverse_words',
    reference: py`
def reverse_words(sentence):
    words = sentence.split(' ')
    return ' '.join(words[::-1])
`,
    tests: [
      "assert reverse_words('the cat sat') == 'sat cat the'",
      "assert reverse_words('hello') == 'hello'",
      "assert reverse_words('a b') == 'b a'",
    ],
    bugs: [
      {
        kind: 'wrong-return',
        code: py`
def reverse_words(sentence):
    words = sentence.split(' ')
    return words[::-1]
`,
        why: 'The function returns the reversed list of words instead of joining them back into a string with `" ".join(...)`.',
      },
      {
        kind: 'wrong-return',
        code: py`
def reverse_words(sentence):
    words = sentence.split(' ')
    words = words.reverse()
    return ' '.join(words)
`,
        why: '`list.reverse()` works in place and returns `None`, so `words` becomes `None` and the join fails with `TypeError`.',
      },
    ],
  },
  {
    slug: 'is-palindrome',
    description: 'Write a function that tells whether a string reads the same forwards and backwards, ignoring case and spaces.',
    entryPoint: 'is_palindrome',
    reference: py`
def is_palindrome(text):
    s = text.replace(' ', '').lower()
    n = len(s)
    for i in range(n // 2):
        if s[i] != s[n - 1 - i]:
            return False
    return True
`,
    alternatives: [
      py`
def is_palindrome(text):
    s = text.replace(' ', '').lower()
    return s == s[::-1]
`,
    ],
    tests: [
      "assert is_palindrome('Level') == True",
      "assert is_palindrome('never odd or even') == True",
      "assert is_palindrome('python') == False",
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def is_palindrome(text):
    s = text.replace(' ', '')
    n = len(s)
    for i in range(n // 2):
        if s[i] != s[n - 1 - i]:
            return False
    return True
`,
        why: 'The text is never lower-cased, so `L` and `l` in `Level` compare as different letters.',
      },
      {
        kind: 'edge-exception',
        code: py`
def is_palindrome(text):
    s = text.replace(' ', '').lower()
    n = len(s)
    for i in range(n // 2):
        if s[i] != s[n - i]:
            return False
    return True
`,
        why: 'The mirror index `n - i` is one past the end when `i` is 0, so `s[n - i]` raises `IndexError`; it should be `n - 1 - i`.',
      },
    ],
  },
  {
    slug: 'char-frequency',
    description: 'Write a function that returns a dictionary mapping each character of a string to the number of times it occurs.',
    entryPoint: 'char_frequency',
    reference: py`
def char_frequency(text):
    freq = {}
    for ch in text:
        if ch in freq:
            freq[ch] += 1
        else:
            freq[ch] = 1
    return freq
`,
    tests: [
      "assert char_frequency('abca') == {'a': 2, 'b': 1, 'c': 1}",
      "assert char_frequency('') == {}",
      "assert char_frequency('zz') == {'z': 2}",
    ],
    bugs: [
      {
        kind: 'wrong-initial-value',
        code: py`
def char_frequency(text):
    freq = {}
    for ch in text:
        if ch in freq:
            freq[ch] += 1
        else:
            freq[ch] = 0
    return freq
`,
        why: 'The first sighting of a character stores `0` instead of `1`, so every count is one short.',
      },
    ],
  },
  {
    slug: 'capitalize-words',
    description: 'Write a function that upper-cases the first letter of every word in a string and keeps the spacing as it is.',
    entryPoint: 'capitalize_words',
    reference: py`
def capitalize_words(text):
    words = text.split(' ')
    out = []
    for w in words:
        if w:
            w = w[0].upper() + w[1:]
        out.append(w)
    return ' '.join(out)
`,
    tests: [
      "assert capitalize_words('hello world') == 'Hello World'",
      "assert capitalize_words('a  b') == 'A  B'",
      "assert capitalize_words('x') == 'X'",
    ],
    bugs: [
      {
        kind: 'edge-exception',
        code: py`
def capitalize_words(text):
    words = text.split(' ')
    out = []
    for w in words:
        w = w[0].upper() + w[1:]
        out.append(w)
    return ' '.join(out)
`,
        why: "Two spaces in a row make `split(' ')` produce an empty word, and `w[0]` on `''` raises `IndexError`; empty words must be kept as they are.",
      },
      {
        kind: 'wrong-return',
        code: py`
def capitalize_words(text):
    words = text.split(' ')
    out = []
    for w in words:
        if w:
            w = w[0].upper() + w[1:]
        out.append(w)
    return ''.join(out)
`,
        why: "The words are joined with `''`, which glues them together; the separator must be a single space.",
      },
    ],
  },
  {
    slug: 'longest-word',
    description: 'Write a function that returns the longest word of a sentence; when several words tie, return the first of them.',
    entryPoint: 'longest_word',
    reference: py`
def longest_word(sentence):
    best = ''
    for word in sentence.split():
        if len(word) > len(best):
            best = word
    return best
`,
    tests: [
      "assert longest_word('a bb ccc dd') == 'ccc'",
      "assert longest_word('cat dog') == 'cat'",
      "assert longest_word('') == ''",
    ],
    bugs: [
      {
        kind: 'wrong-operator',
        code: py`
def longest_word(sentence):
    best = ''
    for word in sentence.split():
        if len(word) >= len(best):
            best = word
    return best
`,
        why: 'With `>=` a later word of equal length replaces the earlier one, so ties return the last word instead of the first.',
      },
    ],
  },
  {
    slug: 'count-case',
    description: 'Write a function that returns a tuple (upper, lower) with the numbers of upper-case and lower-case letters in a string.',
    entryPoint: 'count_case',
    reference: py`
def count_case(text):
    upper = 0
    lower = 0
    for ch in text:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    return (upper, lower)
`,
    tests: [
      "assert count_case('Hello') == (1, 4)",
      "assert count_case('ABc') == (2, 1)",
      "assert count_case('123') == (0, 0)",
    ],
    bugs: [
      {
        kind: 'wrong-return',
        code: py`
def count_case(text):
    upper = 0
    lower = 0
    for ch in text:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    return (lower, upper)
`,
        why: 'The counts are right but the tuple is returned as `(lower, upper)`, the reverse of the required order.',
      },
    ],
  },
  {
    slug: 'caesar-shift',
    description: 'Write a function that shifts every lower-case letter of a string k places forward in the alphabet, wrapping from z to a; other characters are unchanged.',
    entryPoint: 'caesar',
    reference: py`
def caesar(text, k):
    out = ''
    for ch in text:
        if 'a' <= ch <= 'z':
            ch = chr((ord(ch) - ord('a') + k) % 26 + ord('a'))
        out += ch
    return out
`,
    tests: [
      "assert caesar('abc', 1) == 'bcd'",
      "assert caesar('xyz', 2) == 'zab'",
      "assert caesar('hi there!', 3) == 'kl wkhuh!'",
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def caesar(text, k):
    out = ''
    for ch in text:
        if 'a' <= ch <= 'z':
            ch = chr(ord(ch) + k)
        out += ch
    return out
`,
        why: 'Nothing wraps the shift around the alphabet, so letters near the end such as `y` turn into `{`; the offset needs `% 26`.',
      },
      {
        kind: 'missing-case',
        code: py`
def caesar(text, k):
    out = ''
    for ch in text:
        ch = chr((ord(ch) - ord('a') + k) % 26 + ord('a'))
        out += ch
    return out
`,
        why: 'Every character is shifted, including spaces and punctuation, which should pass through unchanged.',
      },
    ],
  },
  {
    slug: 'count-words',
    description: 'Write a function that counts the words of a string, where words are separated by any amount of whitespace.',
    entryPoint: 'count_words',
    reference: py`
def count_words(text):
    return len(text.split())
`,
    tests: [
      "assert count_words('one two three') == 3",
      "assert count_words('  spaced   out ') == 2",
      "assert count_words('') == 0",
    ],
    bugs: [
      {
        kind: 'missing-case',
        code: py`
def count_words(text):
    return len(text.split(' '))
`,
        why: "`split(' ')` keeps an empty string for every extra space and for an empty text, so repeated spaces are counted as words; plain `split()` handles any whitespace.",
      },
    ],
  },
];
