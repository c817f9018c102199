// SLA standards per repair stage: how long an order may stay in a stage (working or elapsed time).
// Every stage is listed; one without a standard starts no clock until one is saved.
import { useState } from 'react';
import { type SlaStandard } from '../../api/types';
import { Loadable, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { useI18n } from '../../i18n/I18n';
import { messageOf } from '../parts/Tabs';

type Stage = SlaStandard['stage'];
const STAGES: readonly Stage[] = [
  'RECEIVED',
  'DIAGNOSED',
  'QUOTED',
  'APPROVED',
  'DECLINED',
  'IN_PROGRESS',
  'WAITING_PARTS',
  'QC',
  'READY',
  'DELIVERED',
  'CLOSED',
  'CANCELLED',
];

export function SlaStandards() {
  const { t } = useI18n();
  const standards = useResource((api) => api.slaStandards(), [], ['repair']);
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const byStage = new Map((standards.data?.items ?? []).map((s) => [s.stage, s]));
  return (
    <Section title={t('admin.sla.title')} testId="admin-sla">
      <p className="muted">{t('admin.sla.hint')}</p>
      <Loadable error={standards.error} ready={standards.data !== undefined}>
        <table>
          <thead>
            <tr>
              <th>{t('admin.sla.stage')}</th>
              <th>{t('admin.sla.minutes')}</th>
              <th>{t('admin.sla.basis')}</th>
              <th>{t('admin.sla.updated')}</th>
              <th>{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {STAGES.map((stage) => (
              <SlaRow
                key={`${stage}:${byStage.get(stage)?.version ?? 0}`}
                stage={stage}
                standard={byStage.get(stage)}
                onSaved={(msg) => {
                  setProblem(undefined);
                  setNotice(msg);
                  standards.reload();
                }}
                onProblem={(msg) => {
                  setNotice(undefined);
                  setProblem(msg);
                }}
              />
            ))}
          </tbody>
        </table>
      </Loadable>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {notice && (
        <p className="ok-text" role="status" data-testid="sla-notice">
          {notice}
        </p>
      )}
    </Section>
  );
}

function SlaRow(props: {
  stage: Stage;
  standard: SlaStandard | undefined;
  onSaved: (msg: string) => void;
  onProblem: (msg: string) => void;
}) {
  const { t, dateTime } = useI18n();
  const { api } = useConsole();
  const { stage, standard } = props;
  const [minutes, setMinutes] = useState(standard ? String(Math.round(standard.standardSeconds / 60)) : '');
  const [basis, setBasis] = useState<SlaStandard['timeBasis']>(standard?.timeBasis ?? 'working');
  const [busy, setBusy] = useState(false);
  const valid = /^\d+$/.test(minutes) && Number(minutes) > 0;

  async function save() {
    setBusy(true);
    try {
      await api.putSlaStandard(
        stage,
        { standardSeconds: Number(minutes) * 60, timeBasis: basis },
        standard?.version,
      );
      props.onSaved(t('admin.sla.saved', { stage }));
    } catch (err) {
      props.onProblem(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr data-testid={`sla-${stage}`}>
      <th scope="row" className="mono">
        {stage}
      </th>
      <td>
        <input
          type="number"
          min="1"
          step="1"
          value={minutes}
          aria-label={t('admin.sla.minutesOf', { stage })}
          onChange={(e) => setMinutes(e.target.value)}
          data-testid="sla-minutes"
        />
      </td>
      <td>
        <select
          value={basis}
          aria-label={t('admin.sla.basisOf', { stage })}
          onChange={(e) => setBasis(e.target.value as SlaStandard['timeBasis'])}
        >
          <option value="working">{t('admin.sla.working')}</option>
          <option value="elapsed">{t('admin.sla.elapsed')}</option>
        </select>
      </td>
      <td>
        {standard
          ? t('admin.sla.updatedBy', { at: dateTime(standard.updatedAt), by: standard.updatedBy })
          : '—'}
      </td>
      <td>
        <button type="button" disabled={busy || !valid} onClick={() => void save()} data-testid="sla-save">
          {t('admin.save')}
        </button>
      </td>
    </tr>
  );
}
