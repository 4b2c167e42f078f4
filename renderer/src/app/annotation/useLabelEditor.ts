import { useCallback, useEffect, useRef, useState } from 'react';
import { labelId, sampleId, type LabelRecord } from '../../../../shared/annotation/label';
import type { DimensionValue, Rubric } from '../../../../shared/annotation/rubric';
import type { SampleDetail } from '../../../../shared/contract';
import { getLabelsRepo } from '../../db';
import { useDeleteUndo } from './deleteUndo';
import { useLabel } from './useAnnotationData';

export interface LabelEditor {
  label: LabelRecord | undefined;
  /** Values shown: the stored label's when it uses this rubric version, else empty. */
  values: Record<string, DimensionValue>;
  note: string;
  /** The stored label was made with another rubric version. */
  otherRubric: boolean;
  /** The sample's content changed since the label was made. */
  stale: boolean;
  error: string | null;
  setValue(dim: string, value: DimensionValue): void;
  setNote(note: string): void;
  /** Writes a pending note at once (before moving on). */
  flushNote(): Promise<void>;
  /** Deletes this label (a note being typed goes with it, so Undo brings it back too); false when there is none. */
  remove(): Promise<boolean>;
}

const NOTE_DELAY_MS = 400;

/**
 * Autosaving editor for one annotator's label of one sample: every value
 * change is written at once; the note is written after a short pause in
 * typing, and always before moving to another sample.
 */
export function useLabelEditor(datasetId: string, detail: SampleDetail, annotator: string | null, rubric: Rubric | undefined): LabelEditor {
  const id = annotator ? labelId(datasetId, detail.key, annotator) : null;
  const label = useLabel(id);
  const [error, setError] = useState<string | null>(null);
  const [noteDraft, setNoteDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingNote = useRef<string | null>(null);

  const otherRubric = !!label && !!rubric && (label.rubricId !== rubric.id || label.rubricVersion !== rubric.version);
  const values = label && !otherRubric ? label.values : {};

  const base = useCallback(() => {
    if (!annotator || !rubric) return null;
    return {
      datasetId,
      key: detail.key,
      contentHash: detail.contentHash,
      annotator,
      rubricId: rubric.id,
      rubricVersion: rubric.version,
      indexHint: detail.index,
    };
  }, [annotator, rubric, datasetId, detail.key, detail.contentHash, detail.index]);

  const write = useCallback(
    async (patch: { values?: Record<string, DimensionValue>; note?: string }) => {
      const b = base();
      if (!b) return;
      try {
        await getLabelsRepo().patchLabel(b, patch);
        setError(null);
      } catch (err) {
        setError(`Not saved: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
    [base],
  );

  const flushNote = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const note = pendingNote.current;
    pendingNote.current = null;
    if (note !== null) await write({ note });
  }, [write]);

  // Moving to another sample (or unmounting) writes the pending note for the sample it was typed on.
  useEffect(() => {
    setNoteDraft(null);
    return () => {
      void flushNote();
    };
  }, [id, flushNote]);

  // Keep the stored stale flag in step with the sample as it is now.
  useEffect(() => {
    void getLabelsRepo().markStale(datasetId, sampleId(detail.key), detail.contentHash);
  }, [datasetId, detail.key, detail.contentHash]);

  return {
    label,
    values,
    note: noteDraft ?? label?.note ?? '',
    otherRubric,
    stale: !!label && label.contentHash !== detail.contentHash,
    error,
    setValue: (dim, value) => void write({ values: { [dim]: value } }),
    setNote: (note) => {
      setNoteDraft(note);
      pendingNote.current = note;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushNote(), NOTE_DELAY_MS);
    },
    flushNote,
    remove: async () => {
      if (!id) return false;
      // The note typed so far belongs to the label: saved first, so the deleted record (and its undo) has it.
      await flushNote();
      setNoteDraft(null);
      return (await useDeleteUndo.getState().deleteLabels([id])) > 0;
    },
  };
}
