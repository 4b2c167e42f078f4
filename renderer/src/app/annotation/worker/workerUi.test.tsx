// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { NEXT_RUBRIC } from '../../../../../shared/annotation/defaultRubric';
import { exportJsonl } from '../../../../../shared/annotation/exportFormat';
import { makeLabel, type LabelRecord } from '../../../../../shared/annotation/label';
import type { SampleRow } from '../../../../../shared/contract';
import { getLabelsDb } from '../../../db';
import { createFakeApi, type FakeApi } from '../../dataset/testing/fakeApi';
import { useViewStore } from '../../state/viewStore';
import { useAnnotationStore } from '../annotationStore';
import { createFakeJournal } from '../testing/fakeJournal';
import { HeldWorker } from './testing/heldWorker';

// The component tests elsewhere cover the inline fallback (jsdom has no Worker); these go through a worker.
vi.stubGlobal('Worker', HeldWorker);
const rows: SampleRow[] = ['P1', 'P2', 'P3', 'P4', 'P5'].map((p, i) => ({
  index: i, problem_id: p, split: 'test', iteration: 1, sample_index: 0, model: 'm', passed: true, rationaleChars: 10, grounding: null,
}));
const h = vi.hoisted(() => ({ api: null as unknown as FakeApi }));
vi.mock('../../../api', () => ({ api: new Proxy({}, { get: (_t, k) => h.api[k as keyof FakeApi] }) }));
h.api = createFakeApi({
  ...createFakeJournal().handlers,
  'dataset:query': ({ query = '', offset = 0 }) => {
    const m = /problem:"([^"]+)"/.exec(query);
    const hit = rows.filter((r) => !m || r.problem_id === m[1]);
    return { total: hit.length, offset, rows: hit.slice(offset), indexing: false };
  },
});
const { LabelsView } = await import('../LabelsView');

function label(annotator: string, problem: string, bug: string): LabelRecord {
  const key = { problem_id: problem, split: 'test', iteration: 1, sample_index: 0 };
  return makeLabel({ datasetId: 'ds', key, contentHash: 'h', annotator, rubricId: NEXT_RUBRIC.id, rubricVersion: 1, values: { identifies_bug: bug }, note: '' }, new Date('2026-04-01T00:00:00Z'));
}
const pair = (problem: string, a: string, b: string) => [label('ann', problem, a), label('bob', problem, b)];
const itemsShown = () => within(screen.getByTestId('agreement-row-identifies_bug')).getAllByRole('cell')[1]!.textContent;
/** The worker holding a request that `match` accepts (there is one per section, and a new one after a cancel). */
async function workerWith(match: (r: HeldWorker['requests'][number]) => boolean): Promise<HeldWorker> {
  let found: HeldWorker | undefined;
  await waitFor(() => expect((found = HeldWorker.instances.find((w) => w.requests.some(match)))).toBeDefined());
  return found!;
}

beforeAll(async () => {
  await useAnnotationStore.getState().hydrate();
  await useAnnotationStore.getState().setAnnotator('ann');
  useViewStore.getState().set({ datasetId: 'ds' });
});
beforeEach(async () => {
  HeldWorker.reset();
  await getLabelsDb().labels.clear();
});
afterEach(cleanup);

describe('annotation sections with the worker', () => {
  it('shows how far the bootstrap is while the last agreement stays on screen', async () => {
    await getLabelsDb().labels.bulkPut([...pair('P1', 'yes', 'yes'), ...pair('P2', 'no', 'no'), ...pair('P3', 'partly', 'no')]);
    render(<LabelsView />);
    await waitFor(() => expect(itemsShown()).toBe('3'));
    HeldWorker.held = true;
    fireEvent.click(screen.getByTestId('agreement-ci'));
    const worker = await workerWith((r) => r.kind === 'agreement' && r.args.ci !== undefined);
    await act(async () => worker.deliver((m) => m.type === 'progress' && m.done * 2 >= m.total));
    expect(screen.getByTestId('agreement-progress').textContent).toBe('Computing agreement… 50%');
    expect(screen.getByTestId('agreement-row-identifies_bug').textContent).not.toMatch(/\[/);
    await act(async () => worker.deliver());
    expect(screen.queryByTestId('agreement-progress')).toBeNull();
    expect(screen.getByTestId('agreement-row-identifies_bug').textContent).toMatch(/\[-?\d\.\d{3}, \d\.\d{3}\]/);
  });

  it('never shows agreement for labels that changed while it was computed', async () => {
    await getLabelsDb().labels.bulkPut([...pair('P1', 'yes', 'yes'), ...pair('P2', 'no', 'no'), ...pair('P3', 'partly', 'no')]);
    render(<LabelsView />);
    await waitFor(() => expect(itemsShown()).toBe('3'));
    HeldWorker.held = true;
    const sent = (n: number) => (r: HeldWorker['requests'][number]) => r.kind === 'agreement' && r.args.labels.length === n;
    await getLabelsDb().labels.bulkPut(pair('P4', 'yes', 'no'));
    const stale = await workerWith(sent(8));
    await getLabelsDb().labels.bulkPut(pair('P5', 'no', 'no'));
    const fresh = await workerWith(sent(10));
    expect(stale.terminated).toBe(true);
    await act(async () => stale.deliver()); // the answer for 8 labels, already in flight
    expect(itemsShown()).toBe('3');
    expect(screen.getByTestId('agreement-progress')).toBeTruthy();
    await act(async () => fresh.deliver());
    expect(itemsShown()).toBe('5');
  });

  it('reports lines read, can cancel, and imports through the worker exactly as before', async () => {
    render(<LabelsView />);
    HeldWorker.held = true;
    const many = Array.from({ length: 4500 }, (_, i) => label('bob', `Q${i}`, 'yes'));
    const pick = (name: string, labels: LabelRecord[]) =>
      fireEvent.change(screen.getByTestId('import-labels'), { target: { files: [new File([exportJsonl({ datasetId: 'elsewhere', labels, rubrics: [NEXT_RUBRIC], now: new Date() })], name)] } });
    pick('big.jsonl', many);
    const worker = await workerWith((r) => r.kind === 'import:parse');
    await act(async () => worker.deliver((m) => m.type === 'progress' && m.done === 4000));
    expect(screen.getByTestId('import-progress').textContent).toContain('Reading lines 4,000 / 4,502…');
    fireEvent.click(screen.getByTestId('import-cancel'));
    expect(worker.terminated).toBe(true);
    await act(async () => worker.deliver());
    expect(screen.queryByTestId('import-report')).toBeNull();
    expect(screen.getByTestId('import-status').textContent).toBe('Reading cancelled; nothing was imported.');

    HeldWorker.held = false;
    pick('bob.jsonl', [label('bob', 'P1', 'yes'), label('bob', 'P9', 'no')]);
    expect((await screen.findByTestId('import-summary')).textContent).toMatch(/2 rows in the file: 1 new, 0 already present, 0 in conflict .*, 1 refused\. Nothing is stored until you confirm/);
    expect(screen.getByTestId('import-rejected').textContent).toMatch(/bob\.jsonl:3: P9 · test · iter 1 · #0 · bob: unknown sample/);
    expect(HeldWorker.instances.some((w) => w.requests.some((r) => r.kind === 'import:plan'))).toBe(true);
    fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(async () => expect(await getLabelsDb().labels.count()).toBe(1));
    expect((await getLabelsDb().labels.toArray())[0]).toMatchObject({ annotator: 'bob', datasetId: 'ds', indexHint: 0 });
  });
});
