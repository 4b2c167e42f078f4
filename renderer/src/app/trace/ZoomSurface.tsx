import { select, zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3';
import { useEffect, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import type { StepScale } from './StepScale';

export interface ZoomHandle {
  /** Move the view to `scale` (follow-the-cursor, minimap, fit). */
  show(scale: StepScale): void;
  /** Zoom from d3's current transform, so several presses before a re-render add up. */
  zoomBy(factor: number, anchorPx?: number): void;
  /** Pan by `dx` px from d3's current transform (positive shows later steps). */
  panBy(dx: number): void;
}

interface Props {
  full: StepScale;
  view: StepScale;
  height: number;
  onView(scale: StepScale): void;
  handle?: Ref<ZoomHandle>;
  children: ReactNode;
  onClick?: React.MouseEventHandler<HTMLDivElement>;
  onMouseMove?: React.MouseEventHandler<HTMLDivElement>;
  onMouseLeave?: React.MouseEventHandler<HTMLDivElement>;
}

/**
 * The one place d3-zoom touches the DOM: wheel/pinch zoom and drag pan on the
 * event area, horizontal only. d3 keeps the transform; every change (user
 * gesture or `show`) comes back through `onView` as a StepScale, so there is
 * a single path from gesture to pixels.
 */
export function ZoomSurface({ full, view, height, onView, handle, children, ...mouse }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const behaviour = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const fullRef = useRef(full);
  fullRef.current = full;
  const onViewRef = useRef(onView);
  onViewRef.current = onView;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const sel = select(el);
    const z = zoom<HTMLDivElement, unknown>().on('zoom', (ev: { transform: { k: number; x: number } }) => {
      onViewRef.current(fullRef.current.fromTransform(ev.transform.k, ev.transform.x));
    });
    behaviour.current = z;
    sel.call(z).on('dblclick.zoom', null);
    return () => {
      sel.on('.zoom', null);
      behaviour.current = null;
    };
  }, []);

  // Keep d3's limits and stored transform in step with the trace and width.
  useEffect(() => {
    const el = ref.current;
    const z = behaviour.current;
    if (!el || !z) return;
    z.scaleExtent([1, full.maxZoom])
      .extent([
        [full.left, 0],
        [full.right, Math.max(1, height)],
      ])
      .translateExtent([
        [full.left, -Infinity],
        [full.right, Infinity],
      ]);
    const t = view.toTransform();
    z.transform(select(el), zoomIdentity.translate(t.x, 0).scale(t.k));
    // Only a new trace or size re-syncs; gestures already went through d3.
  }, [full, height]);

  useImperativeHandle(handle, () => ({
    show(scale) {
      const el = ref.current;
      const z = behaviour.current;
      if (!el || !z) return;
      const t = scale.toTransform();
      z.transform(select(el), zoomIdentity.translate(t.x, 0).scale(t.k));
    },
    zoomBy(factor, anchorPx) {
      const el = ref.current;
      const z = behaviour.current;
      if (!el || !z) return;
      const f = fullRef.current;
      z.scaleBy(select(el), factor, [anchorPx ?? (f.left + f.right) / 2, 0]);
    },
    panBy(dx) {
      const el = ref.current;
      const z = behaviour.current;
      if (!el || !z) return;
      // translateBy works in the transform's own units: divide by k for screen pixels.
      z.translateBy(select(el), -dx / zoomTransform(el).k, 0);
    },
  }));

  return (
    <div ref={ref} className="tl-surface" style={{ height }} {...mouse}>
      {children}
    </div>
  );
}
