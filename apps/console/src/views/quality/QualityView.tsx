// Quality manager: improvement actions (CAPA) by due date with the selected action's next step,
// audits with their scores, open safety hazards by rectification deadline, partner workshop
// qualification, and training effectiveness (before vs after) as a chart.
import { useState } from 'react';
import { useResource } from '../../hooks';
import { ActionDetail } from './ActionDetail';
import { ActionList } from './ActionList';
import { AuditList } from './AuditList';
import { PartnerStatus } from './PartnerStatus';
import { SafetyHazards } from './SafetyHazards';
import { TrainingEffectivenessChart } from './TrainingEffectivenessChart';

export function QualityView() {
  const [selected, setSelected] = useState<string>();
  // Bumped after a CAPA step, so the list shows the new status without waiting for the live notice.
  const [stepsTaken, setStepsTaken] = useState(0);
  // Centre names for every list (quality managers see the tenant's centres).
  const centres = useResource((api) => api.centres(), [], []);
  const centreName = (id: string) => centres.data?.items.find((c) => c.id === id)?.name ?? id.slice(0, 8);
  // Dates show in the centre's time zone (the browser's until the centres are loaded).
  const centreZone = (id: string) => centres.data?.items.find((c) => c.id === id)?.timeZone;
  return (
    <div className="view" data-testid="view-quality">
      <div className="grid2">
        <ActionList
          selected={selected}
          onSelect={setSelected}
          centreName={centreName}
          centreZone={centreZone}
          refresh={stepsTaken}
        />
        {selected ? (
          <ActionDetail
            id={selected}
            onClose={() => setSelected(undefined)}
            onStep={() => setStepsTaken((n) => n + 1)}
            centreName={centreName}
            centreZone={centreZone}
          />
        ) : (
          <AuditList centreName={centreName} centreZone={centreZone} />
        )}
      </div>
      {selected && <AuditList centreName={centreName} centreZone={centreZone} />}
      <div className="grid2">
        <SafetyHazards centreName={centreName} centreZone={centreZone} />
        <PartnerStatus />
      </div>
      <TrainingEffectivenessChart />
    </div>
  );
}
