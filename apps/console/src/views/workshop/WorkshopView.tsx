// Workshop (technician, service advisor): the technician's own queue (assigned open orders with
// parts status, clock-on/off with the running time, progress notes, work complete) and, for an
// independent inspector (someone who did not work on the order), the QC checklist of orders in QC.
import { useConsole } from '../../context';
import { QcInspection } from './QcInspection';
import { TechnicianQueue } from './TechnicianQueue';

export function WorkshopView() {
  const { user } = useConsole();
  const inspects = ['technician', 'service-advisor', 'admin'].some((r) =>
    user.roles.includes(r as (typeof user.roles)[number]),
  );
  return (
    <div className="view" data-testid="view-workshop">
      <TechnicianQueue />
      {inspects && <QcInspection />}
    </div>
  );
}
