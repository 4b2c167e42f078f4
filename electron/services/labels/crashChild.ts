// Test helper for journal.crash.test.ts: appends labels forever through the
// backend's request path (contract validation + labels handler + journal),
// printing "ACK <label id>" once each append is acknowledged, until killed.
import { NEXT_RUBRIC } from '../../../shared/annotation/defaultRubric';
import { makeLabel } from '../../../shared/annotation/label';
import { dispatch, type Handlers } from '../../../shared/contract/dispatch';
import type { BackendContext } from '../../backend/context';
import type { Services } from '../../backend/services';
import { createLabelsHandlers } from '../../handlers/labels';

async function main(): Promise<void> {
  const [userDataDir, datasetId] = process.argv.slice(2) as [string, string];
  const ctx = { userDataDir } as BackendContext;
  const handlers = createLabelsHandlers(ctx, { dispose: async () => undefined } as Services) as Handlers;
  for (let i = 0; ; i++) {
    const label = makeLabel(
      {
        datasetId,
        key: { problem_id: `P${i % 50}`, split: 'test', iteration: Math.floor(i / 50), sample_index: 0 },
        contentHash: `h${i}`,
        annotator: 'ann',
        rubricId: NEXT_RUBRIC.id,
        rubricVersion: NEXT_RUBRIC.version,
        values: { identifies_bug: ['yes', 'partly', 'no'][i % 3]!, usefulness: String((i % 5) + 1) },
        // A long note makes each write span many bytes, so a kill can land mid-write.
        note: `note ${i} `.repeat(400),
      },
      new Date(),
    );
    // Through JSON, as the arguments arrive over IPC or HTTP.
    const args = JSON.parse(JSON.stringify({ datasetId, entries: [{ op: 'put', at: new Date().toISOString(), label }] }));
    const reply = await dispatch(handlers, 'labels:journal-append', args, { transport: 'ipc' });
    if (!reply.ok) throw new Error(reply.error.message);
    process.stdout.write(`ACK ${label.id}\t${label.updatedAt}\n`);
  }
}

void main();
