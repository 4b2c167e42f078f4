import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { describeKey, type LabelRecord } from '../../../../shared/annotation/label';
import { getLabelsRepo } from '../../db';
import { useViewStore } from '../state/viewStore';
import { useBlindMode } from './blindMode';
import { fetchJoined } from './datasetKeys';
import { useDeleteUndo } from './deleteUndo';
import { UndoNotice } from './UndoNotice';
import { useDatasetLabels } from './useAnnotationData';

const ROW = 28;

/** Every label of the dataset, newest first, with stale flags; a click opens the sample, × deletes the label (with Undo). */
export function LabelTable({ datasetId }: { datasetId: string }) {
  const labels = useDatasetLabels(datasetId);
  const blind = useBlindMode();
  const [annotator, setAnnotator] = useState('');
  const [staleOnly, setStaleOnly] = useState(false);
  const [checking, setChecking] = useState<string | null>(null);
  const annotators = useMemo(() => [...new Set(labels.map((l) => l.annotator))].sort(), [labels]);
  const rows = useMemo(
    () =>
      labels
        .filter((l) => (!annotator || l.annotator === annotator) && (!staleOnly || l.stale === 1))
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)),
    [labels, annotator, staleOnly],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 10 });
  const staleCount = labels.filter((l) => l.stale === 1).length;

  // Compares every labelled sample's content hash with the dataset as it is now.
  const checkStale = async () => {
    setChecking('Checking…');
    try {
      const current = await fetchJoined(datasetId, labels, (d, t) => setChecking(`Checking ${d} / ${t}…`));
      let changed = 0;
      let missing = 0;
      for (const sid of new Set(labels.map((l) => l.sampleId))) {
        const hash = current.get(sid)?.current_content_hash;
        if (hash === undefined) missing++;
        else changed += await getLabelsRepo().markStale(datasetId, sid, hash);
      }
      setChecking(`Checked: ${changed} flag${changed === 1 ? '' : 's'} changed${missing ? `, ${missing} labelled samples are no longer in the dataset` : ''}.`);
    } catch (err) {
      setChecking(`Check failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <section className="labels-section" data-testid="label-table">
      <h2>
        Labels ({labels.length}
        {staleCount > 0 && <span className="stale-flag"> · {staleCount} stale</span>})
      </h2>
      <div className="labels-row">
        <select aria-label="Annotator filter" value={annotator} onChange={(e) => setAnnotator(e.target.value)}>
          <option value="">all annotators</option>
          {annotators.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={staleOnly} onChange={(e) => setStaleOnly(e.target.checked)} /> stale only
        </label>
        <button data-testid="check-stale" onClick={() => void checkStale()} disabled={labels.length === 0}>
          Check for changed samples
        </button>
        {checking && <span role="status">{checking}</span>}
      </div>
      <UndoNotice />
      <div className="labels-table-head labels-grid">
        <span>Sample</span>
        <span>Annotator</span>
        <span>Values</span>
        <span>Note</span>
        <span>Updated</span>
        <span />
      </div>
      <div ref={scrollRef} data-testid="label-table-scroll" style={{ maxHeight: '20rem', overflow: 'auto' }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const l = rows[v.index]!;
            return <LabelRow key={l.id} label={l} blind={blind} style={{ position: 'absolute', top: v.start, height: ROW, left: 0, right: 0 }} />;
          })}
        </div>
      </div>
    </section>
  );
}

function LabelRow({ label: l, blind, style }: { label: LabelRecord; blind: boolean; style: React.CSSProperties }) {
  const key = blind ? `${l.key.problem_id} · #${l.key.sample_index}` : describeKey(l.key);
  const open = () => {
    if (l.indexHint === undefined) return;
    useViewStore.getState().selectSample(l.indexHint);
    useViewStore.getState().openTab('samples');
  };
  return (
    <div className={`labels-grid label-row${l.stale ? ' stale' : ''}`} style={style} data-testid="label-row" onClick={open} title={`${l.rubricId} v${l.rubricVersion}`}>
      <span>
        {key} {l.stale === 1 && <span className="stale-flag" data-testid="stale-flag">stale</span>}
      </span>
      <span>{l.annotator}</span>
      <span>{Object.entries(l.values).filter(([, v]) => v !== null).map(([k, v]) => `${k}=${v}`).join(' ')}</span>
      <span className="ellipsis">{l.note}</span>
      <span>{new Date(l.updatedAt).toLocaleString()}</span>
      <button
        className="icon-button row-delete"
        data-testid="label-delete"
        aria-label={`Delete ${l.annotator}'s label of ${key}`}
        title="Delete this label (Undo is offered for a few seconds)"
        onClick={(e) => {
          e.stopPropagation(); // not a click on the row: it would open the sample
          void useDeleteUndo.getState().deleteLabels([l.id]);
        }}
      >
        ×
      </button>
    </div>
  );
}
