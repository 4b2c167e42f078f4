import { useLayoutEffect, useRef } from 'react';
import { drawMinimap } from './drawMinimap';
import type { PainterFactory } from './painter';
import type { StepScale } from './StepScale';
import type { TimelineColors } from './themeColors';
import type { TimelineModel } from './timelineModel';

interface Props {
  model: TimelineModel;
  full: StepScale;
  width: number;
  view: StepScale;
  colors: TimelineColors;
  /** Redraw at a new device pixel ratio. */
  dpr: number;
  painter: PainterFactory;
  onShow(scale: StepScale): void;
}

const HEIGHT = 28;

/** The whole trace in a strip with the visible window; press or drag to move the window there. */
export function Minimap({ model, full, width, view, colors, dpr, painter, onShow }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const dragging = useRef(false);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const p = canvas ? painter(canvas) : null;
    if (p) drawMinimap(p, model, full, width, HEIGHT, colors);
  }, [model, full, width, colors, dpr, painter]);

  const moveTo = (e: React.PointerEvent<HTMLDivElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    onShow(view.centerOn(full.toStep(x)));
  };

  const left = full.toPx(view.start);
  const right = full.toPx(view.end);
  return (
    <div
      className="tl-minimap"
      data-testid="timeline-minimap"
      style={{ width, height: HEIGHT }}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => dragging.current && moveTo(e)}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
      title="Whole trace: press or drag to move the view"
    >
      <canvas ref={canvasRef} aria-hidden="true" />
      <div className="tl-minimap-window" data-testid="timeline-minimap-window" style={{ left, width: Math.max(3, right - left) }} />
    </div>
  );
}
