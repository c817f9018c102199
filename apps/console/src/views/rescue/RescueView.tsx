// Rescue desk (service advisor; admins see all): incoming roadside rescues on an offline map of the
// service centres with a keyboard-accessible list beside it, the selected call's dispatch (with
// the console's suggestion), arrival, resolution or tow-in, and emergency mode of the regions.
import { useState } from 'react';
import { Loadable, Pill, Section } from '../../components/common';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { selectKey } from './labels';
import { useNow } from '../workshop/useNow';
import { EmergencyPanel } from './EmergencyPanel';
import { suggestCentre } from './geo';
import { RescueDetail } from './RescueDetail';
import { RescueMap } from './RescueMap';

const OPEN = ['REQUESTED', 'DISPATCHED', 'ON_SITE'];

export function RescueView() {
  const { t, dateTime } = useI18n();
  const rescues = useResource((api) => api.rescues(), [], ['rescue', 'repair']);
  const centres = useResource((api) => api.centres(), [], ['repair']);
  const emergencies = useResource((api) => api.emergencies(), [], ['emergency', 'repair']);
  const [selected, setSelected] = useState<string>();
  const [showFinished, setShowFinished] = useState(false);
  const now = useNow(30_000);
  const centreList = centres.data?.items ?? [];
  const all = rescues.data?.items ?? [];
  const shown = all.filter((r) => showFinished || OPEN.includes(r.status) || r.id === selected);
  const rescue = all.find((r) => r.id === selected);
  const extraHoursOf = (regionId: string) =>
    emergencies.data?.items.find((e) => e.active && e.regionId === regionId)?.extraHours ?? 0;
  const suggestion =
    rescue && rescue.status === 'REQUESTED'
      ? suggestCentre(rescue, centreList, now, extraHoursOf(rescue.regionId))
      : undefined;
  const zoneOf = (regionId: string) => centreList.find((c) => c.regionId === regionId)?.timeZone;

  return (
    <div className="view" data-testid="view-rescue">
      <Section
        title={t('rescue.desk.title')}
        testId="rescue-desk"
        actions={
          <label>
            <input
              type="checkbox"
              checked={showFinished}
              onChange={(e) => setShowFinished(e.target.checked)}
            />{' '}
            {t('rescue.desk.showFinished')}
          </label>
        }
      >
        <Loadable
          error={rescues.error ?? centres.error}
          ready={rescues.data !== undefined && centres.data !== undefined}
        >
          <div className="grid2">
            <RescueMap
              rescues={shown}
              centres={centreList}
              selected={selected}
              onSelect={setSelected}
              suggestedCentreId={suggestion?.centre.id}
            />
            <div>
              {shown.length === 0 ? (
                <p className="muted">{t('rescue.desk.empty')}</p>
              ) : (
                <table data-testid="rescue-list">
                  <caption className="muted">{t('rescue.desk.caption', { count: shown.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('rescue.column.problem')}</th>
                      <th scope="col">{t('rescue.column.priority')}</th>
                      <th scope="col">{t('rescue.column.status')}</th>
                      <th scope="col">{t('rescue.column.requested')}</th>
                      <th scope="col">{t('rescue.column.region')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((r) => (
                      <tr key={r.id} className={r.id === selected ? 'selected' : undefined}>
                        <td>
                          <button
                            type="button"
                            className="link"
                            aria-pressed={r.id === selected}
                            onClick={() => setSelected(r.id)}
                            data-testid={`rescue-row-${r.id}`}
                          >
                            {t('rescue.problem', { problem: selectKey(r.problem) })}
                          </button>
                        </td>
                        <td>
                          <Pill tone={r.priority === 'normal' ? 'info' : 'bad'}>
                            {t('rescue.priority', { priority: selectKey(r.priority) })}
                          </Pill>
                        </td>
                        <td>{t('rescue.status', { status: r.status })}</td>
                        <td>{dateTime(r.requestedAt, zoneOf(r.regionId))}</td>
                        <td>{r.regionId}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <p className="muted">{t('rescue.map.legend')}</p>
            </div>
          </div>
        </Loadable>
      </Section>
      {rescue && (
        <RescueDetail
          key={`${rescue.id}:${suggestion?.centre.id ?? ''}`}
          rescue={rescue}
          centres={centreList}
          suggestion={suggestion}
          onChange={rescues.reload}
        />
      )}
      <EmergencyPanel emergencies={emergencies} centres={centreList} />
    </div>
  );
}
