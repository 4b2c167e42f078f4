// Component tests wait on React renders and IndexedDB (fake-indexeddb). On a
// loaded two-core CI machine Testing Library's default of 1 s for findBy* and
// waitFor is sometimes not enough, and a correct UI fails. Waiting longer
// changes no assertion: a UI that never shows the expected state still fails.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
