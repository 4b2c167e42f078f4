import { afterAll, describe, expect, it } from 'vitest';
import { parseNextInline, renderNextInline } from '../../../shared/trace/next';
import { essentials } from '../../../shared/trace/next/fixtures';
import { defaultResourcesDir, TraceService } from './TraceService';

const tracer = new TraceService({ resourcesDir: defaultResourcesDir(), cacheDir: null });
afterAll(() => tracer.dispose());

const program = `def running_max(xs):
    best = None
    out = []
    for x in xs:
        if best is None or x > best:
            best = x
        out.append(best)
    return out
`;

// The exact NExT text for this program, traced by the real tracer.py: kept verbatim so that any
// change to the tracer's step semantics or to the renderer shows up here.
const GOLDEN = `def running_max(xs):  # (0) xs=[3, 1, 4, 1, 5]
    best = None  # (1) best=None
    out = []  # (2) out=[]
    for x in xs:  # (3) x=3; (6) x=1; ...; (13) x=5
        if best is None or x > best:
            best = x  # (4) best=3; (9) best=4; (14) best=5
        out.append(best)  # (5) out=[3]; (7) out=[3, 3]; ...; (15) out=[3, 3, 4, 4, 5]
    return out  # (16) __return__=[3, 3, 4, 4, 5]
assert running_max([3, 1, 4, 1, 5]) == [3, 3, 4, 4, 4]  # (17) __exception__ = AssertionError()`;

describe('NExT rendering of a real trace', () => {
  it('matches the golden text', async () => {
    const result = await tracer.run({ code: program, tests: ['assert running_max([3, 1, 4, 1, 5]) == [3, 3, 4, 4, 4]'] });
    expect(result.tests[0].outcome).toBe('failed');
    expect(renderNextInline(result, 0)).toBe(GOLDEN);
  });

  it('parses the full rendering back into the same events', async () => {
    const result = await tracer.run({ code: program, tests: ['assert running_max([3, 1, 4, 1, 5]) == [3, 3, 4, 4, 4]'] });
    const parsed = parseNextInline(renderNextInline(result, 0, { keepFirst: 1000 }));
    expect(parsed.warnings).toEqual([]);
    expect(essentials(parsed.tests[0].events)).toEqual(essentials(result.tests[0].events));
    expect(parsed.tests[0].outcome).toBe('failed');
  });

  it('says in the text that a trace stopped at the step cap, and reads it back as truncated', async () => {
    const loop = 'def count_digits(n):\n    count = 1\n    while n >= 10:\n        n // 10\n        count += 1\n    return count\n';
    const result = await tracer.run({ code: loop, tests: ['assert count_digits(1234) == 4'], maxSteps: 50 });
    expect(result.tests[0]).toMatchObject({ outcome: 'step-limit', truncated: true });
    const text = renderNextInline(result, 0);
    expect(text.split('\n').at(-1)).toBe("assert count_digits(1234) == 4  # __outcome__ = 'step-limit'");
    expect(parseNextInline(text).tests[0]).toMatchObject({ outcome: 'step-limit', passed: false, truncated: true });
  });
});
