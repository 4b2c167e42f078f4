// Test helper for journal.crash.test.ts: appends labels forever, printing
// "ACK <label id>" after each append is acknowledged, until it is killed.
import { NEXT_RUBRIC } from '../../../shared/annotation/defaultRubric';
import { makeLabel } from '../../../shared/annotation/label';
import { LabelJournal } from './journal';

async function main(): Promise<void> {
  const [userDataDir, datasetId] = process.argv.slice(2) as [string, string];
  const journal = new LabelJournal(userDataDir);
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
    await journal.append(datasetId, [{ op: 'put', at: new Date().toISOString(), label }]);
    process.stdout.write(`ACK ${label.id}\t${label.updatedAt}\n`);
  }
}

void main();
