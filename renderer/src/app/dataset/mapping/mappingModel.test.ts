import { describe, expect, it } from 'vitest';
import { draftFromMapping, exampleFromExcerpt, guessMapping, mappingError, previewRecord, toMapping } from './mappingModel';

const mbppFields = ['task_id', 'text', 'code', 'test_list', 'test_setup_code', 'challenge_test_list'];

describe('mapping model', () => {
  it('guesses MBPP-like fields, using each source field once', () => {
    const d = guessMapping(mbppFields);
    expect(d.sources.problem_id).toEqual({ mode: 'field', path: 'task_id' });
    expect(d.sources['task.description']).toEqual({ mode: 'field', path: 'text' });
    expect(d.sources['task.buggy_code']).toEqual({ mode: 'field', path: 'code' });
    expect(d.sources['task.tests']).toEqual({ mode: 'field', path: 'test_list' });
    expect(d.sources.rationale).toEqual({ mode: 'none' });
  });

  it('matches nested paths by their last segment', () => {
    expect(guessMapping(['input.id', 'output.explanation']).sources.rationale).toEqual({ mode: 'field', path: 'output.explanation' });
  });

  it('writes the engine format with constants parsed as JSON', () => {
    const d = guessMapping(['id']);
    d.sources.iteration = { mode: 'const', text: '2' };
    d.sources.split = { mode: 'const', text: 'dev' };
    expect(toMapping({ ...d, name: ' run7 ' })).toEqual({ name: 'run7', fields: { problem_id: 'id', split: { const: 'dev' }, iteration: { const: 2 } } });
  });

  it('reports the engine error when problem_id is not mapped', () => {
    const d = guessMapping(['foo']);
    expect(mappingError(d)).toMatch(/problem_id.*required/);
    d.sources.problem_id = { mode: 'field', path: 'foo' };
    expect(mappingError(d)).toBeNull();
  });

  it('reads a saved mapping back into the form, and refuses what is not a mapping', () => {
    const d = guessMapping(['id']);
    d.sources.split = { mode: 'const', text: 'dev' };
    d.sources.iteration = { mode: 'const', text: '2' };
    const back = draftFromMapping(JSON.stringify(toMapping({ ...d, name: 'run7' })));
    expect(back).toMatchObject({ name: 'run7', sources: { problem_id: { mode: 'field', path: 'id' }, split: { mode: 'const', text: '"dev"' }, iteration: { mode: 'const', text: '2' } } });
    expect(toMapping(back as typeof d)).toEqual(toMapping({ ...d, name: 'run7' }));
    expect(draftFromMapping('{"fields": {"colour": "c"}}')).toEqual({ error: expect.stringMatching(/unknown canonical field "colour"/) });
  });

  it('previews an example record through the mapping', () => {
    const example = exampleFromExcerpt('{"task_id": 12, "text": "Write f", "code": "def f(): pass", "test_list": ["assert f()"]}');
    const out = previewRecord(guessMapping(mbppFields), example);
    expect(out).toEqual({ problem_id: 12, task: { description: 'Write f', buggy_code: 'def f(): pass', tests: ['assert f()'] } });
    expect(exampleFromExcerpt('{"task_id": 12, "text": "trunc')).toBeNull();
  });
});
