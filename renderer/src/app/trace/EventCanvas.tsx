import { useEffect, useLayoutEffect, useRef } from 'react';
import { drawTimeline, type DrawInput, type DrawStats } from './drawTimeline';
import { canvasPainter, type Painter, type PainterFactory } from './painter';

interface Props {
  width: number;
  input: DrawInput;
  painter?: PainterFactory;
  onDraw?: (stats: DrawStats) => void;
}

/**
 * The canvas event layer. The first frame is drawn during layout so the
 * timeline never flashes empty; later changes (zoom, pan, theme) are coalesced
 * into one draw per animation frame.
 */
export function EventCanvas({ width, input, painter = canvasPainter, onDraw }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const painterRef = useRef<Painter | null>(null);
  const latest = useRef({ width, input, onDraw });
  latest.current = { width, input, onDraw };
  const frame = useRef(0);
  const drawn = useRef(false);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    painterRef.current = canvas ? painter(canvas) : null;
    drawn.current = false;
  }, [painter]);

  useLayoutEffect(() => {
    const draw = () => {
      frame.current = 0;
      const p = painterRef.current;
      const { width: w, input: inp, onDraw: cb } = latest.current;
      if (!p || w <= 0) return;
      const stats = drawTimeline(p, w, inp);
      drawn.current = true;
      cb?.(stats);
    };
    if (!drawn.current) draw();
    else if (!frame.current) frame.current = requestAnimationFrame(draw);
  }, [width, input]);

  useEffect(
    () => () => {
      if (frame.current) cancelAnimationFrame(frame.current);
    },
    [],
  );

  return (
    <canvas
      ref={canvasRef}
      className="tl-canvas"
      data-testid="timeline-canvas"
      style={{ width, height: input.layout.height }}
      aria-hidden="true"
    />
  );
}
