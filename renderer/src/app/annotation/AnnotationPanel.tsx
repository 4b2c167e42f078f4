import { useEffect, useRef, useState } from 'react';
import { sampleId } from '../../../../shared/annotation/label';
import type { SampleDetail } from '../../../../shared/contract';
import { useAnnotationStore } from './annotationStore';
import { useBlindMode } from './blindMode';
import { Cheatsheet } from './Cheatsheet';
import { DimensionField } from './DimensionField';
import { moveSample } from './navigation';
import { ProfileChooser } from './ProfileChooser';
import { QueueProgressBar } from './QueueProgressBar';
import { SaveStatus } from './SaveStatus';
import { UndoNotice } from './UndoNotice';
import { useActiveQueue, useActiveRubric, useHydratedSettings } from './useAnnotationData';
import { useLabelEditor } from './useLabelEditor';
import { usePanelKeys } from './usePanelKeys';
import './annotation.css';

export interface AnnotationPanelProps {
  datasetId: string;
  detail: SampleDetail;
}

/**
 * The rubric form shown beside a sample. Keyboard-first: digits choose an
 * option of the current dimension, Tab/Shift-Tab move between dimensions,
 * Enter saves and opens the next sample (of the queue, else of the list),
 * j/k move, Shift+Delete deletes the label (with Undo), ? shows the keys.
 * Every change is saved at once.
 */
export function AnnotationPanel({ datasetId, detail }: AnnotationPanelProps) {
  const hydrated = useHydratedSettings();
  const annotator = useAnnotationStore((s) => s.annotator);
  const keymap = useAnnotationStore((s) => s.keymap);
  const unlabelledOnly = useAnnotationStore((s) => s.unlabelledOnly);
  const cheatsheet = useAnnotationStore((s) => s.cheatsheet);
  const setCheatsheet = useAnnotationStore((s) => s.setCheatsheet);
  const blind = useBlindMode();
  const rubric = useActiveRubric();
  const queue = useActiveQueue(datasetId);
  const editor = useLabelEditor(datasetId, detail, annotator, rubric);
  const [focus, setFocus] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const sid = sampleId(detail.key);
  const dims = rubric?.dimensions ?? [];
  const queueItem = queue?.items.find((it) => it.sampleId === sid) ?? null;
  const [notice, setNotice] = useState<string | null>(null);

  // A new sample starts at the first dimension; keep keyboard focus in the panel if it was there (or nowhere).
  useEffect(() => {
    setFocus(0);
    setNotice(null);
    const active = document.activeElement;
    if (!active || active === document.body || root.current?.contains(active)) root.current?.focus();
  }, [sid]);

  const go = async (step: 1 | -1) => {
    await editor.flushNote();
    const moved = moveSample(queue, sid, unlabelledOnly, step);
    if (moved === null) setNotice(unlabelledOnly ? 'Queue finished: every item is labelled.' : 'The queue is empty.');
  };

  const onKeyDown = usePanelKeys({
    keymap,
    dims,
    focus,
    setFocus,
    editor,
    hasQueue: !!queue,
    cheatsheet,
    setCheatsheet,
    go: (step) => void go(step),
    root,
    note: noteRef,
  });

  // Text dimensions take keyboard focus when they become current.
  useEffect(() => {
    const d = dims[focus];
    if (d?.kind === 'text') root.current?.querySelector<HTMLTextAreaElement>(`[data-testid="rubric-dim-${d.id}-text"]`)?.focus();
  }, [focus, dims]);

  return (
    <div className="annotation-panel" data-testid="annotation-panel" tabIndex={0} ref={root} onKeyDown={onKeyDown} aria-label="Label this sample">
      <header className="annotation-header">
        <span className="annotation-title">
          {detail.key.problem_id} · #{detail.key.sample_index}
          {!blind && ` · iter ${detail.key.iteration}`}
        </span>
        <button className="icon-button" onClick={() => setCheatsheet(!cheatsheet)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          ?
        </button>
      </header>
      {hydrated && !annotator && (
        <div className="annotation-warning" role="alert">
          Choose or add an annotator before labelling.
          <ProfileChooser compact />
        </div>
      )}
      {annotator && <div className="annotation-who">Labelling as <strong data-testid="annotation-annotator">{annotator}</strong></div>}
      {queue && <QueueProgressBar queue={queue} current={queueItem} />}
      {queue && !queueItem && <div className="annotation-note">This sample is not in the active queue ({queue.queue.name}).</div>}
      {queueItem && queueItem.index === detail.index && !sameKey(queueItem.key, detail.key) && (
        <div className="annotation-warning">The dataset changed since the queue was built: this position holds another sample.</div>
      )}
      {editor.stale && (
        <div className="annotation-warning" data-testid="annotation-stale">
          Stale: this sample changed since it was labelled. Check the label; any change re-confirms it against the current content.
        </div>
      )}
      {editor.otherRubric && editor.label && (
        <div className="annotation-warning">
          Your label uses {editor.label.rubricId} v{editor.label.rubricVersion}. Choosing a value relabels under {rubric?.id} v{rubric?.version}; the old label stays in the journal.
        </div>
      )}
      {!rubric && hydrated && <div className="annotation-warning">The chosen rubric is not in this database; pick one in the Labels tab.</div>}
      <div className="annotation-dims">
        {dims.map((d, i) => (
          <DimensionField
            key={d.id}
            dim={d}
            value={editor.values[d.id] ?? null}
            focused={i === focus}
            onFocus={() => setFocus(i)}
            onChange={(v) => editor.setValue(d.id, v)}
          />
        ))}
        <label className="annotation-note-field">
          Note
          <textarea
            ref={noteRef}
            data-testid="annotation-note"
            rows={3}
            maxLength={20_000}
            value={editor.note}
            disabled={!annotator || !rubric}
            onChange={(e) => editor.setNote(e.target.value)}
            onBlur={() => void editor.flushNote()}
          />
        </label>
      </div>
      <footer className="annotation-footer">
        <button data-testid="annotation-save-next" onClick={() => void go(1)} disabled={!annotator}>
          Save & next <kbd>{keymap.saveNext}</kbd>
        </button>
        <SaveStatus label={editor.label} error={editor.error} />
        <button
          className="danger-button"
          data-testid="annotation-delete"
          onClick={() => void editor.remove()}
          disabled={!editor.label}
          title="Delete your label of this sample; Undo is offered for a few seconds"
        >
          Delete label <kbd>{keymap.deleteLabel}</kbd>
        </button>
      </footer>
      <UndoNotice undoKey={keymap.undoDelete} />
      {notice && <div className="annotation-note" role="status">{notice}</div>}
      {cheatsheet && <Cheatsheet keymap={keymap} onClose={() => setCheatsheet(false)} />}
    </div>
  );
}

function sameKey(a: SampleDetail['key'], b: SampleDetail['key']): boolean {
  return a.problem_id === b.problem_id && a.split === b.split && a.iteration === b.iteration && a.sample_index === b.sample_index;
}
