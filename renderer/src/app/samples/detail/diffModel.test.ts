import { describe, expect, it } from 'vitest';
import { splitRows, unifiedRows } from './diffModel';

const buggy = 'def f(n):\r\n    total = 0\r\n    for i in range(n):\r\n        total += i\r\n    return total\r\n';
const fixed = 'def f(n):\n    total = 0\n    for i in range(1, n + 1):\n        total += i\n    return total\n';

describe('fix diff rows', () => {
  it('gives unified hunks with old and new line numbers, ignoring CRLF', () => {
    const rows = unifiedRows(buggy, fixed);
    expect(rows.filter((r) => r.kind === 'del')).toEqual([{ kind: 'del', oldNo: 3, newNo: null, text: '    for i in range(n):' }]);
    expect(rows.filter((r) => r.kind === 'add')).toEqual([{ kind: 'add', oldNo: null, newNo: 3, text: '    for i in range(1, n + 1):' }]);
    expect(rows[0]!.kind).toBe('hunk');
  });

  it('pairs a replaced line side by side and keeps unchanged lines aligned', () => {
    const rows = splitRows(buggy, fixed + '    # done\n');
    expect(rows[2]).toEqual({ left: { no: 3, text: '    for i in range(n):', kind: 'del' }, right: { no: 3, text: '    for i in range(1, n + 1):', kind: 'add' } });
    expect(rows[4]).toEqual({ left: { no: 5, text: '    return total', kind: 'context' }, right: { no: 5, text: '    return total', kind: 'context' } });
    expect(rows[5]).toEqual({ left: null, right: { no: 6, text: '    # done', kind: 'add' } });
  });

  it('shows no change rows for identical code', () => {
    expect(unifiedRows(buggy, buggy)).toEqual([]);
    expect(splitRows(buggy, buggy).every((r) => r.left?.kind === 'context')).toBe(true);
  });
});
