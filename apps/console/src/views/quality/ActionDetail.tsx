// One improvement action: source, owner, due date, indicator, and the form of its next CAPA step
// (analyse and plan, implement, verify with the indicator before/after, close). Closing is offered
// at every step: the complaint service refuses it until the effect was verified, and its
// problem+json detail is shown as it is.
import { useState, type FormEvent } from 'react';
import { type ActionStepPath } from '../../api/client';
import { type ImprovementAction } from '../../api/types';
import { Loadable, Pill, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { platformNow } from '../../lib/clock';
import { indicatorChange, nextStepOf } from '../../lib/quality';
import { useI18n } from '../../i18n/I18n';
import { ACTION_SOURCE, ACTION_STATUS, HISTORY_KIND, NEXT_STEP } from './labels';

export function ActionDetail(props: {
  id: string;
  onClose: () => void;
  /** Called after every step attempt (the list refetches). */
  onStep: () => void;
  centreName: (id: string) => string;
  centreZone: (id: string) => string | undefined;
}) {
  const { api } = useConsole();
  const { t, date, dateTime } = useI18n();
  const action = useResource((a) => a.improvementAction(props.id), [props.id], ['action']);
  const history = useResource((a) => a.actionHistory(props.id), [props.id], ['action']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const a = action.data;

  async function step(path: ActionStepPath, body: unknown) {
    if (!a) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.actionStep(a, path, body);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      action.reload();
      history.reload();
      props.onStep();
    }
  }

  return (
    <Section
      title={t('quality.action.title')}
      actions={<button onClick={props.onClose}>{t('quality.action.back')}</button>}
      testId="action-detail"
    >
      <Loadable error={action.error} ready={a !== undefined}>
        {a && (
          <div className="detail">
            <h3>{a.title}</h3>
            <p>
              {t('quality.action.status')}{' '}
              <Pill tone={a.status === 'closed' || a.status === 'verified' ? 'ok' : 'info'}>
                <span data-testid="action-status">{t(ACTION_STATUS[a.status])}</span>
              </Pill>{' '}
              ·{' '}
              {t('quality.action.summary', {
                centre: props.centreName(a.centreId),
                owner: a.ownerId,
                due: date(a.dueAt, props.centreZone(a.centreId)),
              })}
              {a.escalation.level > 0 && (
                <>
                  {' '}
                  <Pill tone="bad">
                    {a.escalation.toTeamId
                      ? t('quality.action.escalatedTo', { team: a.escalation.toTeamId })
                      : t('quality.action.escalatedLevel', { level: a.escalation.level })}
                  </Pill>
                </>
              )}
            </p>
            <p className="muted">
              {t('quality.action.source', { source: t(ACTION_SOURCE[a.source]), ref: a.sourceRef })}
            </p>
            <Indicator action={a} />
            {a.rootCause && <p>{t('quality.action.rootCauseText', { text: a.rootCause })}</p>}
            {a.plan && <p>{t('quality.action.planText', { text: a.plan })}</p>}
            <NextStepForm
              key={a.status}
              action={a}
              timeZone={props.centreZone(a.centreId)}
              busy={busy}
              onStep={(path, body) => void step(path, body)}
            />
            {error && (
              <p className="error" role="alert" data-testid="action-error">
                {error}
              </p>
            )}
            {history.data && (
              <ol className="history" data-testid="action-history">
                {history.data.items.map((h, i) => (
                  <li key={i}>
                    {dateTime(h.at, props.centreZone(a.centreId))}{' '}
                    {HISTORY_KIND[h.kind] ? t(HISTORY_KIND[h.kind]!) : h.kind}
                    {h.actorId && (
                      <span className="muted"> {t('quality.action.by', { actor: h.actorId })}</span>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </div>
        )}
      </Loadable>
    </Section>
  );
}

function Indicator(props: { action: ImprovementAction }) {
  const { t, number } = useI18n();
  const { name, before, after } = props.action.indicator;
  if (!name) return null;
  const change = indicatorChange(before, after);
  return (
    <p data-testid="action-indicator">
      {t('quality.action.indicator', {
        name,
        before: before === null ? '—' : number(before),
        after: after === null ? '—' : number(after),
      })}
      {change && (
        <>
          {' '}
          <Pill tone={change.improved ? 'ok' : 'bad'}>
            {number(change.delta, { signDisplay: 'exceptZero' })}
          </Pill>
        </>
      )}
    </p>
  );
}

/** The form of the action's next step, plus the close button (always offered until closed). */
function NextStepForm(props: {
  action: ImprovementAction;
  timeZone: string | undefined;
  busy: boolean;
  onStep: (path: ActionStepPath, body: unknown) => void;
}) {
  const { action: a, busy, onStep } = props;
  const { t, dateTime } = useI18n();
  const next = nextStepOf(a, platformNow());
  const nextLabel = t(
    NEXT_STEP[next.step === 'analyse' && a.verification ? 'reanalyse' : (next.step ?? 'none')],
  );
  const [rootCause, setRootCause] = useState(a.rootCause ?? '');
  const [plan, setPlan] = useState(a.plan ?? '');
  const [verifyAfterDays, setVerifyAfterDays] = useState('30');
  const [before, setBefore] = useState(a.indicator.before?.toString() ?? '');
  const [after, setAfter] = useState('');
  const num = (s: string) => (s.trim() === '' ? undefined : Number(s));
  const submit = (e: FormEvent, path: ActionStepPath, body: unknown) => {
    e.preventDefault();
    onStep(path, body);
  };

  return (
    <div className="next-step" data-testid="next-step">
      <h3>{t('quality.next.heading', { step: nextLabel })}</h3>
      {next.step === 'analyse' && (
        <form className="step-form" onSubmit={(e) => submit(e, 'analysis', { rootCause, plan })}>
          <label>
            {t('quality.form.rootCause')}
            <textarea value={rootCause} onChange={(e) => setRootCause(e.target.value)} required />
          </label>
          <label>
            {t('quality.form.plan')}
            <textarea value={plan} onChange={(e) => setPlan(e.target.value)} required />
          </label>
          <button type="submit" disabled={busy} data-testid="step-analyse">
            {t('quality.form.saveAnalysis')}
          </button>
        </form>
      )}
      {next.step === 'implement' && (
        <form
          className="step-form"
          onSubmit={(e) => submit(e, 'implementation', { verifyAfterDays: Number(verifyAfterDays) })}
        >
          <label>
            {t('quality.form.verifyAfterDays')}
            <input
              type="number"
              min={0}
              max={365}
              value={verifyAfterDays}
              onChange={(e) => setVerifyAfterDays(e.target.value)}
            />
          </label>
          <button type="submit" disabled={busy} data-testid="step-implement">
            {t('quality.form.markImplemented')}
          </button>
        </form>
      )}
      {next.step === 'verify' && (
        <form className="step-form" onSubmit={(e) => e.preventDefault()}>
          {next.notBefore && (
            <p className="muted">
              {t('quality.form.verifyFrom', { from: dateTime(next.notBefore, props.timeZone) })}
            </p>
          )}
          <label>
            {t('quality.form.indicatorBefore')}
            <input type="number" step="any" value={before} onChange={(e) => setBefore(e.target.value)} />
          </label>
          <label>
            {t('quality.form.indicatorAfter')}
            <input type="number" step="any" value={after} onChange={(e) => setAfter(e.target.value)} />
          </label>
          {[true, false].map((effective) => (
            <button
              key={String(effective)}
              type="button"
              disabled={busy}
              data-testid={effective ? 'step-verify-effective' : 'step-verify-ineffective'}
              onClick={() =>
                onStep('verification', {
                  effective,
                  indicatorBefore: num(before),
                  indicatorAfter: num(after),
                })
              }
            >
              {effective ? t('quality.form.effective') : t('quality.form.ineffective')}
            </button>
          ))}
        </form>
      )}
      {a.status !== 'closed' && (
        <div className="actions">
          <button disabled={busy} data-testid="step-close" onClick={() => onStep('closure', {})}>
            {t('quality.form.close')}
          </button>
        </div>
      )}
    </div>
  );
}
