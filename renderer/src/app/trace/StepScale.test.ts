import { describe, expect, it } from 'vitest';
import { StepScale } from './StepScale';

const base = () => StepScale.forSteps(0, 999, [0, 1000], 10);

describe('StepScale', () => {
  it('maps steps to pixels and back', () => {
    const s = base();
    expect(s.start).toBe(-0.5);
    expect(s.end).toBe(999.5);
    expect(s.toPx(-0.5)).toBe(0);
    expect(s.toPx(999.5)).toBe(1000);
    expect(s.toStep(s.toPx(123))).toBeCloseTo(123);
    expect(s.isFull).toBe(true);
  });

  it('zooms around the anchor pixel and returns a new instance', () => {
    const s = base();
    const z = s.zoom(4, 250);
    expect(z).not.toBe(s);
    expect(s.span).toBe(1000);
    expect(z.span).toBeCloseTo(250);
    expect(z.toStep(250)).toBeCloseTo(s.toStep(250));
    expect(z.isFull).toBe(false);
  });

  it('never zooms in past the minimum span nor out past the trace', () => {
    const s = base();
    expect(s.zoom(1e9).span).toBeCloseTo(10);
    expect(s.zoom(4).zoom(1e-9).span).toBeCloseTo(1000);
    expect(s.maxZoom).toBeCloseTo(100);
    expect(s.zoom(0)).toBe(s);
  });

  it('pans and stops at both ends of the trace', () => {
    const z = base().zoom(10, 0);
    expect(z.start).toBeCloseTo(-0.5);
    const right = z.pan(-100);
    expect(right.start).toBeCloseTo(z.start + 10);
    expect(z.pan(1e6).start).toBeCloseTo(-0.5);
    expect(z.pan(-1e9).end).toBeCloseTo(999.5);
    expect(z.pan(1e6)).toBe(z);
  });

  it('centres on a step, clamped to the trace', () => {
    const z = base().zoom(10);
    expect((z.centerOn(500).start + z.centerOn(500).end) / 2).toBeCloseTo(500);
    expect(z.centerOn(0).start).toBeCloseTo(-0.5);
    expect(z.centerOn(999).end).toBeCloseTo(999.5);
  });

  it('round-trips through a d3-zoom transform', () => {
    const z = base().zoom(7, 300).pan(-40);
    const { k, x } = z.toTransform();
    const back = base().fromTransform(k, x);
    expect(back.start).toBeCloseTo(z.start);
    expect(back.end).toBeCloseTo(z.end);
    expect(base().toTransform()).toEqual({ k: 1, x: 0 });
  });

  it('keeps the visible steps when the pixel range changes', () => {
    const z = base().zoom(2).withRange(100, 600);
    expect(z.toPx(z.start)).toBe(100);
    expect(z.toPx(z.end)).toBe(600);
  });

  it('handles a one-event trace without dividing by zero', () => {
    const s = StepScale.fit([5, 5], [0, 100]);
    expect(s.span).toBe(1);
    expect(Number.isFinite(s.toPx(5))).toBe(true);
    expect(s.zoom(10).span).toBe(1);
  });

  it('generates integer ticks at a round interval', () => {
    const t = base().ticks(100);
    expect(t).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
    const close = base().withDomain(10, 20).ticks(100);
    expect(close.every((v) => Number.isInteger(v))).toBe(true);
    expect(close[0]).toBeGreaterThanOrEqual(10);
    expect(close.length).toBeGreaterThan(3);
  });
});
