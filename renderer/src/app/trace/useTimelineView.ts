import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { StepScale } from './StepScale';
import type { TimelineModel } from './timelineModel';

/** Steps visible when fully zoomed in: about ten bars across the view. */
const MIN_SPAN = 10;
/** Pixels kept free at both ends so markers on the first and last step are not cut in half. */
const EDGE_PX = 6;

/**
 * The visible step window. It is kept as a domain per trace (not a scale) so
 * that a resize keeps what the user was looking at, and a new trace starts
 * fully zoomed out.
 */
export function useTimelineView(model: TimelineModel, width: number) {
  const full = useMemo(() => StepScale.forSteps(model.first, model.last, [EDGE_PX, Math.max(EDGE_PX + 1, width - EDGE_PX)], MIN_SPAN), [model, width]);
  const [domain, setDomain] = useState<{ model: TimelineModel; start: number; end: number } | null>(null);
  const view = useMemo(
    () => (domain && domain.model === model ? full.withDomain(domain.start, domain.end) : full),
    [full, domain, model],
  );
  const modelRef = useRef(model);
  useLayoutEffect(() => {
    modelRef.current = model;
  }, [model]);
  const onView = useMemo(
    () => (s: StepScale) => setDomain({ model: modelRef.current, start: s.start, end: s.end }),
    [],
  );
  return { full, view, onView };
}
