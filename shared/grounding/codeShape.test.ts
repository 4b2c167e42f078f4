import { describe, expect, it } from 'vitest';
import { codeShape, mayAssign, unconditionalPrefix } from './codeShape';

const program = [
  'def pairs(xs):',
  '    """Counts pairs.',
  '    for x in xs: not a loop, a docstring',
  '    """',
  '    count = 0',
  '    for i in range(len(xs)):',
  '        total = (xs[i] +',
  '                 1)  # for j in range(3): a comment',
  '        for j in range(i):',
  '            if xs[i] < xs[j]:',
  '                count += 1',
  '        seen = i',
  '    while count > 9: count -= 1',
  '    return count',
  '',
  'def helper():',
  '    return 1',
].join('\n');

describe('codeShape', () => {
  const shape = codeShape(program);

  it('finds the loops, what they iterate and whether they are nested, ignoring strings and comments', () => {
    expect(shape.loops.map((l) => [l.kind, l.line, l.target ?? null, l.iterable ?? null, l.nested, l.func])).toEqual([
      ['for', 6, 'i', 'range(len(xs))', false, 'pairs'],
      ['for', 9, 'j', 'range(i)', true, 'pairs'],
      ['while', 13, null, null, false, 'pairs'],
    ]);
    expect(shape.stmts[shape.loops[2]!.stmt]!.inlineBody).toBe(true);
  });

  it('joins a bracketed statement over two lines into one', () => {
    const s = shape.stmts[shape.stmtAt.get(8)!]!;
    expect([s.line, s.endLine]).toEqual([7, 8]);
    expect(shape.stmtAt.get(7)).toBe(s.index);
  });

  it('lists the statements every pass runs: up to the first block or jump', () => {
    expect(unconditionalPrefix(shape, shape.loops[0]!.stmt).map((s) => s.line)).toEqual([7]);
    expect(unconditionalPrefix(shape, shape.funcs[0]!.stmt).map((s) => s.line)).toEqual([5]);
  });

  it('knows which functions take arguments (a NExT trace shows a call only through them)', () => {
    expect(shape.funcs.map((f) => [f.name, f.line, f.hasParams])).toEqual([
      ['pairs', 1, true],
      ['helper', 16, false],
    ]);
  });

  it('errs towards "may assign" when a statement could rebind a loop variable', () => {
    expect(mayAssign('i += 1', 'i')).toBe(true);
    expect(mayAssign('a, i = i, a', 'i')).toBe(true);
    expect(mayAssign('for i in range(3):', 'i')).toBe(true);
    expect(mayAssign('total = xs[i] + 1', 'i')).toBe(false);
    expect(mayAssign('if i == 3:', 'i')).toBe(false);
    expect(mayAssign('print(i)', 'i')).toBe(false);
  });
});
