/**
 * The thin drawing adapter between the timeline's draw functions and a 2D
 * canvas. Draw code only talks to `Painter`, so tests (jsdom has no canvas)
 * can pass a recording painter, and the canvas one batches state changes.
 */
export type MarkerShape = 'triangle' | 'diamond' | 'bar';

export interface Painter {
  /** Size the surface in CSS px (HiDPI handled inside) and clear it. */
  begin(width: number, height: number): void;
  rect(x: number, y: number, w: number, h: number, color: string): void;
  /** Many rectangles of one colour; `xywh` is x0, y0, w0, h0, x1, … (one style change for all). */
  rects(xywh: readonly number[], color: string): void;
  /** Text drawn left-aligned with its vertical middle at y, cut to `maxWidth` px. */
  text(text: string, x: number, y: number, color: string, maxWidth: number): void;
  /** Many markers of one shape and colour in one path; `points` is x0, y0, x1, y1, … */
  markers(shape: MarkerShape, points: readonly number[], size: number, color: string): void;
}

export type PainterFactory = (canvas: HTMLCanvasElement) => Painter | null;

const MAX_BACKING_PX = 32_000_000;
const CHAR_PX = 6.6; // ~ width of one 11px monospace glyph; avoids measureText per label

/** Cut `text` to fit `maxWidth` px of 11px monospace, with an ellipsis. */
export function fitText(text: string, maxWidth: number): string {
  const max = Math.floor(maxWidth / CHAR_PX);
  if (max <= 0) return '';
  if (text.length <= max) return text;
  return max <= 1 ? '…' : `${text.slice(0, max - 1)}…`;
}

export const canvasPainter: PainterFactory = (canvas) => {
  const ctx = canvas.getContext('2d', { alpha: true });
  if (!ctx) return null;
  let fill = '';
  const setFill = (c: string) => {
    if (c !== fill) {
      ctx.fillStyle = c;
      fill = c;
    }
  };
  return {
    begin(width, height) {
      // HiDPI for crispness, but a long program's tall canvas must not ask for
      // hundreds of MB of backing store: cap it at ~32 M pixels.
      const want = window.devicePixelRatio || 1;
      const dpr = Math.min(want, Math.sqrt(MAX_BACKING_PX / Math.max(1, width * height)));
      const w = Math.max(1, Math.round(width * dpr));
      const h = Math.max(1, Math.round(height * dpr));
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, height);
      ctx.font = '11px ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace';
      ctx.textBaseline = 'middle';
      fill = '';
    },
    rect(x, y, w, h, color) {
      setFill(color);
      ctx.fillRect(x, y, w, h);
    },
    rects(xywh, color) {
      if (xywh.length === 0) return;
      setFill(color);
      for (let i = 0; i < xywh.length; i += 4) ctx.fillRect(xywh[i], xywh[i + 1], xywh[i + 2], xywh[i + 3]);
    },
    text(text, x, y, color, maxWidth) {
      const t = fitText(text, maxWidth);
      if (!t) return;
      setFill(color);
      ctx.fillText(t, x, y);
    },
    markers(shape, points, size, color) {
      if (points.length === 0) return;
      setFill(color);
      ctx.beginPath();
      const r = size / 2;
      for (let i = 0; i < points.length; i += 2) {
        const x = points[i];
        const y = points[i + 1];
        if (shape === 'triangle') {
          // Pointing down-left into the line: "leaves here".
          ctx.moveTo(x - r, y - r);
          ctx.lineTo(x + r, y - r);
          ctx.lineTo(x, y + r);
        } else if (shape === 'diamond') {
          ctx.moveTo(x, y - r - 1);
          ctx.lineTo(x + r + 1, y);
          ctx.lineTo(x, y + r + 1);
          ctx.lineTo(x - r - 1, y);
        } else {
          ctx.rect(x - 2, y - r, 4, size);
        }
        ctx.closePath();
      }
      ctx.fill();
    },
  };
};
