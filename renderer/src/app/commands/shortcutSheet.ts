/**
 * Keys that belong to a view rather than to a command, for the shortcut
 * sheet. The views own the handlers; this is the one place users read them.
 */
export const viewShortcuts: { area: string; keys: string; action: string }[] = [
  { area: 'Sample list', keys: '/', action: 'Search (Esc leaves the search field)' },
  { area: 'Sample list', keys: 'j / ↓', action: 'Next sample' },
  { area: 'Sample list', keys: 'k / ↑', action: 'Previous sample' },
  { area: 'Timeline', keys: '← / →', action: 'Previous / next step' },
  { area: 'Timeline', keys: 'Home / End', action: 'First / last step' },
  { area: 'Timeline', keys: '↑ / ↓', action: 'Previous / next execution of the current line' },
  { area: 'Timeline', keys: '+ / − / wheel', action: 'Zoom; drag to pan' },
  { area: 'Annotation', keys: '1 … 9', action: 'Choose a value of the current dimension' },
  { area: 'Annotation', keys: 'Tab / Shift+Tab', action: 'Next / previous dimension' },
  { area: 'Annotation', keys: 'Enter', action: 'Save and go to the next sample' },
  { area: 'Annotation', keys: '?', action: 'Annotation cheatsheet (keys can be remapped there)' },
];
