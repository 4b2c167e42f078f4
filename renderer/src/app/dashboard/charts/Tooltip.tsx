import { useCallback, useState, type MouseEvent } from 'react';

export interface Tip {
  x: number;
  y: number;
  text: string;
}

/** Hover text for chart marks, positioned relative to the chart body. */
export function useTooltip() {
  const [tip, setTip] = useState<Tip | null>(null);
  const show = useCallback((e: MouseEvent<Element>, text: string) => {
    const body = (e.currentTarget as Element).closest('.chart-body');
    const rect = body?.getBoundingClientRect();
    setTip({ x: e.clientX - (rect?.left ?? 0) + 12, y: e.clientY - (rect?.top ?? 0) + 12, text });
  }, []);
  const hide = useCallback(() => setTip(null), []);
  return { tip, show, hide };
}

export function Tooltip({ tip }: { tip: Tip | null }) {
  if (!tip) return null;
  return (
    <div className="chart-tooltip" role="tooltip" data-testid="chart-tooltip" style={{ left: tip.x, top: tip.y }}>
      {tip.text}
    </div>
  );
}
