import { useViewStore } from '../state/viewStore';
import { AgreementTable } from './AgreementTable';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { KeymapEditor } from './KeymapEditor';
import { LabelTable } from './LabelTable';
import { ProfileSection } from './ProfileSection';
import { QueueSection } from './QueueSection';
import { RestoreSection } from './RestoreSection';
import { RubricSection } from './RubricSection';
import { useHydratedSettings } from './useAnnotationData';
import './annotation.css';

/** Everything about human labels for the open dataset: who, which rubric, queues, labels, export/import, agreement, journal. */
export function LabelsView() {
  const hydrated = useHydratedSettings();
  const datasetId = useViewStore((s) => s.datasetId);
  if (!hydrated) return <div className="labels-view" data-testid="labels-view" aria-busy="true" />;
  return (
    <div className="labels-view" data-testid="labels-view">
      <ProfileSection />
      <RubricSection datasetId={datasetId} />
      {datasetId ? (
        <>
          <QueueSection datasetId={datasetId} />
          <LabelTable datasetId={datasetId} />
          <section className="labels-section">
            <h2>Agreement</h2>
            <AgreementTable datasetId={datasetId} />
          </section>
          <ExportSection datasetId={datasetId} />
          <ImportSection datasetId={datasetId} />
          <RestoreSection datasetId={datasetId} />
        </>
      ) : (
        <p className="labels-section">Open a dataset to build queues, see its labels, export, import or restore them.</p>
      )}
      <KeymapEditor />
    </div>
  );
}
