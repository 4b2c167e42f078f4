import { axisBottom, axisLeft, select, type AxisDomain, type AxisScale } from 'd3';
import { useEffect, useRef } from 'react';

interface AxisProps<D extends AxisDomain> {
  orient: 'bottom' | 'left';
  scale: AxisScale<D>;
  transform?: string;
  tickFormat?: (value: D) => string;
  ticks?: number;
  /** Explicit tick values (thinned category labels). */
  tickValues?: D[];
  /** Draws grid lines across the plot (left axis: the plot width). */
  gridSize?: number;
}

/**
 * A d3 axis: the one DOM-touching d3 module, confined to this leaf component
 * (a ref and an effect that redraws when the scale changes and clears on unmount).
 */
export function Axis<D extends AxisDomain>({ orient, scale, transform, tickFormat, ticks, tickValues, gridSize }: AxisProps<D>) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    const g = select(ref.current!);
    const axis = (orient === 'bottom' ? axisBottom(scale) : axisLeft(scale)).tickSizeOuter(0);
    if (tickFormat) axis.tickFormat(tickFormat);
    if (ticks !== undefined) axis.ticks(ticks);
    if (tickValues) axis.tickValues(tickValues);
    if (gridSize) axis.tickSizeInner(-gridSize);
    g.call(axis);
    if (gridSize) g.selectAll('.tick line').attr('class', 'grid-line');
    return () => {
      g.selectAll('*').remove();
    };
  }, [orient, scale, tickFormat, ticks, tickValues, gridSize]);
  return <g ref={ref} className={`axis axis-${orient}`} transform={transform} />;
}
