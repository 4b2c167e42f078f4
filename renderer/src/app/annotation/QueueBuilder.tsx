import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { buildQueue, type QueueSpec, type StratumField } from '../../../../shared/annotation/queue';
import { compareWithShared, parseQueueFile } from '../../../../shared/annotation/queueFile';
import type { SampleKey } from '../../../../shared/dataset/types';
import { getLabelsDb } from '../../db';
import { useViewStore } from '../state/viewStore';
import { useAnnotationStore } from './annotationStore';
import { fetchAllRows } from './datasetKeys';

const FIELDS: StratumField[] = ['iteration', 'split', 'model', 'passed'];

type Form = Pick<QueueSpec, 'name' | 'seed' | 'query' | 'stratifyBy' | 'perStratum' | 'overlap'> & { annotators: string };

/**
 * Builds a seeded, stratified queue from the dataset's index columns. Every
 * annotator who builds with the same seed and settings gets the same items,
 * in the same order, because priorities depend only on seed and sample key.
 */
export function QueueBuilder({ datasetId }: { datasetId: string }) {
  const viewQuery = useViewStore((s) => s.query);
  const setQueue = useAnnotationStore((s) => s.setQueue);
  const profiles = useLiveQuery(() => getLabelsDb().annotators.orderBy('name').primaryKeys(), [], []);
  const [form, setForm] = useState<Form>({
    name: 'Pilot',
    seed: `eval-${new Date().toISOString().slice(0, 10)}`,
    query: viewQuery,
    stratifyBy: ['iteration'],
    perStratum: 20,
    overlap: 20,
    annotators: '',
  });
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Keys of a shared queue file: the rebuilt queue is checked against them.
  const [shared, setShared] = useState<SampleKey[] | null>(null);
  // Editing the settings by hand means the result is no longer expected to match a loaded file.
  const set = (patch: Partial<Form>) => (setForm((f) => ({ ...f, ...patch })), setShared(null));

  const build = async () => {
    setBusy(true);
    setStatus('Reading sample keys…');
    try {
      const rows = await fetchAllRows(datasetId, form.query, (done, total) => setStatus(`Reading sample keys… ${done.toLocaleString()} / ${total.toLocaleString()}`));
      const annotators = form.annotators.split(',').map((s) => s.trim()).filter(Boolean);
      const spec: QueueSpec = { ...form, annotators, id: `${datasetId}:${form.name}:${form.seed}:${Date.now()}`, datasetId, createdAt: new Date().toISOString() };
      const items = buildQueue(rows, spec);
      if (items.length === 0) throw new Error('No sample matches: nothing to queue.');
      let check = '';
      if (shared) {
        const cmp = compareWithShared(items, shared);
        if (!cmp.identical) {
          throw new Error(
            `the rebuilt queue differs from the shared one (${cmp.missing} of its ${shared.length} items are missing here, ${cmp.extra} are extra): is this the same dataset?`,
          );
        }
        check = ' Identical to the shared queue.';
      }
      await getLabelsDb().queues.put({ ...spec, items });
      await setQueue(spec.id);
      setStatus(`Built "${spec.name}": ${items.length} items from ${rows.length.toLocaleString()} samples (${new Set(items.map((i) => i.stratum)).size} strata, ${items.filter((i) => i.shared).length} shared).${check}`);
    } catch (err) {
      setStatus(`Not built: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="queue-builder" data-testid="queue-builder">
      <div className="labels-row">
        <label>
          Name <input value={form.name} onChange={(e) => set({ name: e.target.value })} maxLength={100} />
        </label>
        <label title="Share the seed: the same seed and settings give every annotator the same queue">
          Seed <input data-testid="queue-seed" value={form.seed} onChange={(e) => set({ seed: e.target.value })} />
        </label>
        <label>
          Query <input value={form.query} placeholder="all samples" onChange={(e) => set({ query: e.target.value })} />
        </label>
      </div>
      <div className="labels-row">
        Stratify by
        {FIELDS.map((f) => (
          <label key={f}>
            <input
              type="checkbox"
              checked={form.stratifyBy.includes(f)}
              onChange={(e) => set({ stratifyBy: e.target.checked ? [...form.stratifyBy, f] : form.stratifyBy.filter((x) => x !== f) })}
            />{' '}
            {f}
          </label>
        ))}
        <label>
          N per stratum <input data-testid="queue-n" type="number" min={1} max={100000} value={form.perStratum} onChange={(e) => set({ perStratum: Math.max(1, Number(e.target.value) || 1) })} />
        </label>
        <label title="Items every annotator labels, for agreement">
          Overlap <input type="number" min={0} value={form.overlap} onChange={(e) => set({ overlap: Math.max(0, Number(e.target.value) || 0) })} />
        </label>
      </div>
      <div className="labels-row">
        <label title="Non-overlap items are dealt round-robin to these annotators; empty: everyone labels everything">
          Annotators <input value={form.annotators} placeholder={profiles.join(', ') || 'ann, bob'} onChange={(e) => set({ annotators: e.target.value })} />
        </label>
 <label className="file-button">
          Load shared spec…{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="queue-load-spec"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (!f) return;
              void f.text().then((text) => {
                const parsed = parseQueueFile(text);
                if ('error' in parsed) {
                  setStatus(`${f.name}: ${parsed.error}`);
                  return;
                }
                setForm({ ...parsed.spec, annotators: parsed.spec.annotators.join(', ') });
                setShared(parsed.keys);
                setStatus(`Loaded "${parsed.spec.name}" (${parsed.keys.length} items). Build it to check that you get the identical queue.`);
              });
            }}
          />
        </label>
        <button data-testid="queue-build" onClick={() => void build()} disabled={busy || !form.seed || !form.name}>
          Build queue
        </button>
      </div>
      {status && <p role="status" data-testid="queue-status">{status}</p>}
    </div>
  );
}
