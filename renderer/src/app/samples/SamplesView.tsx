import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { AnnotationPanel } from '../annotation/AnnotationPanel';
import { layoutStorage } from '../../components/storedPrefs';
import { useViewStore } from '../state/viewStore';
import { PaneBoundary } from './detail/PaneBoundary';
import { SampleDetailView } from './detail/SampleDetailView';
import { useSampleDetail } from './detail/useSampleDetail';
import { SampleListPanel } from './SampleListPanel';

/**
 * The samples view: the list on the left, the selected sample in the centre,
 * the annotation form on the right. Pane sizes are remembered.
 */
export function SamplesView() {
  const datasetId = useViewStore((s) => s.datasetId);
  const sampleIndex = useViewStore((s) => s.sampleIndex);
  const { detail, error, loading } = useSampleDetail(datasetId, sampleIndex);
  // Never `undefined`: given no storage the library reaches for localStorage itself, which throws where it is blocked.
  const layout = useDefaultLayout({ id: 'tracelens.samples', storage: layoutStorage() });

  let centre: React.ReactNode;
  if (!datasetId) centre = <p className="detail-empty">Open a dataset to see its samples.</p>;
  else if (sampleIndex === null) centre = <p className="detail-empty">Choose a sample on the left (j/k or ↓/↑ move through the list).</p>;
  else if (error)
    centre = (
      <p className="detail-empty error-text" role="alert" data-testid="sample-error">
        Sample {sampleIndex} cannot be shown: {error}
      </p>
    );
  else if (!detail) centre = <p className="detail-empty">Loading sample {sampleIndex}…</p>;
  else
    centre = (
      <PaneBoundary key={detail.contentHash} what={`sample ${detail.index}`}>
        <SampleDetailView detail={detail} />
      </PaneBoundary>
    );

  return (
    <Group className="samples-view" id="tracelens.samples" data-testid="samples-view" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
      <Panel id="list" minSize="12%" defaultSize="24%">
        <SampleListPanel />
      </Panel>
      <Separator className="resize-handle resize-handle-v" />
      <Panel id="detail" minSize="30%" defaultSize="58%">
        <div className="samples-centre" aria-busy={loading}>
          {centre}
        </div>
      </Panel>
      <Separator className="resize-handle resize-handle-v" />
      <Panel id="labels" minSize="10%" defaultSize="18%" collapsible collapsedSize="0%">
        <aside className="samples-annotation" data-testid="annotation-slot" aria-label="Labels">
          {datasetId && detail ? <AnnotationPanel datasetId={datasetId} detail={detail} /> : <p className="detail-empty">Labels appear here for the chosen sample.</p>}
        </aside>
      </Panel>
    </Group>
  );
}
