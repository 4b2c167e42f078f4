import { memo } from 'react';

/** Key to the marker shapes and colours drawn on the canvas (same shapes, in SVG). */
export const Legend = memo(function Legend() {
  return (
    <ul className="tl-legend" aria-label="Legend">
      <li>
        <svg width="10" height="10"><rect x="3" y="1" width="4" height="8" className="tl-sw-line" /></svg>line
      </li>
      <li>
        <svg width="10" height="10"><rect x="3" y="0" width="4" height="10" className="tl-sw-call" /></svg>call
      </li>
      <li>
        <svg width="10" height="10"><path d="M0,1 L10,1 L5,9 Z" className="tl-sw-return" /></svg>return
      </li>
      <li>
        <svg width="12" height="12"><path d="M6,0 L12,6 L6,12 L0,6 Z" className="tl-sw-exception" /></svg>exception
      </li>
      <li>
        <svg width="10" height="10"><path d="M5,0 L10,10 L0,10 Z" className="tl-boundary-pass" /></svg>test start
      </li>
      <li>
        <svg width="4" height="12"><rect x="1" width="2" height="12" className="tl-sw-cursor" /></svg>current step
      </li>
    </ul>
  );
});
