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

export function ActionDetail(props: {
  id: string;
  onClose: () => void;
  /** Called after every step attempt (the list refetches). */
  onStep: () => void;
  centreName: (id: string) => string;
}) {
  const { api } = useConsole();
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
      title="Improvement action"
      actions={<button onClick={props.onClose}>Back</button>}
      testId="action-detail"
    >
      <Loadable error={action.error} ready={a !== undefined}>
        {a && (
          <div className="detail">
            <h3>{a.title}</h3>
            <p>
              Status{' '}
              <Pill tone={a.status === 'closed' || a.status === 'verified' ? 'ok' : 'info'}>
                <span data-testid="action-status">{a.status}</span>
              </Pill>{' '}
              · {props.centreName(a.centreId)} · owner {a.ownerId} · due {a.dueAt.slice(0, 10)}
              {a.escalation.level > 0 && (
                <>
                  {' '}
                  <Pill tone="bad">
                    escalated to {a.escalation.toTeamId ?? `level ${a.escalation.level}`}
                  </Pill>
                </>
              )}
            </p>
            <p className="muted">
              Source {a.source} ({a.sourceRef})
            </p>
            <Indicator action={a} />
            {a.rootCause && <p>Root cause: {a.rootCause}</p>}
            {a.plan && <p>Plan: {a.plan}</p>}
            <NextStepForm
              key={a.status}
              action={a}
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
                    {h.at.slice(0, 16).replace('T', ' ')} {h.kind}
                    {h.actorId && <span className="muted"> by {h.actorId}</span>}
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
  const { name, before, after } = props.action.indicator;
  if (!name) return null;
  const change = indicatorChange(before, after);
  return (
    <p data-testid="action-indicator">
      Indicator {name}: before {before ?? '—'} · after {after ?? '—'}
      {change && (
        <>
          {' '}
          <Pill tone={change.improved ? 'ok' : 'bad'}>
            {change.delta > 0 ? '+' : ''}
            {change.delta}
          </Pill>
        </>
      )}
    </p>
  );
}

/** The form of the action's next step, plus the close button (always offered until closed). */
function NextStepForm(props: {
  action: ImprovementAction;
  busy: boolean;
  onStep: (path: ActionStepPath, body: unknown) => void;
}) {
  const { action: a, busy, onStep } = props;
  const next = nextStepOf(a, platformNow());
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
      <h3>Next step: {next.label}</h3>
      {next.step === 'analyse' && (
        <form className="step-form" onSubmit={(e) => submit(e, 'analysis', { rootCause, plan })}>
          <label>
            Root cause
            <textarea value={rootCause} onChange={(e) => setRootCause(e.target.value)} required />
          </label>
          <label>
            Plan
            <textarea value={plan} onChange={(e) => setPlan(e.target.value)} required />
          </label>
          <button type="submit" disabled={busy} data-testid="step-analyse">
            Save analysis and plan
          </button>
        </form>
      )}
      {next.step === 'implement' && (
        <form
          className="step-form"
          onSubmit={(e) => submit(e, 'implementation', { verifyAfterDays: Number(verifyAfterDays) })}
        >
          <label>
            Verify the effect after (days)
            <input
              type="number"
              min={0}
              max={365}
              value={verifyAfterDays}
              onChange={(e) => setVerifyAfterDays(e.target.value)}
            />
          </label>
          <button type="submit" disabled={busy} data-testid="step-implement">
            Mark implemented
          </button>
        </form>
      )}
      {next.step === 'verify' && (
        <form className="step-form" onSubmit={(e) => e.preventDefault()}>
          {next.notBefore && (
            <p className="muted">
              The effect can be verified from {next.notBefore.slice(0, 16).replace('T', ' ')}.
            </p>
          )}
          <label>
            Indicator before
            <input type="number" step="any" value={before} onChange={(e) => setBefore(e.target.value)} />
          </label>
          <label>
            Indicator after
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
              {effective ? 'Verified: effective' : 'Not effective (re-open)'}
            </button>
          ))}
        </form>
      )}
      {a.status !== 'closed' && (
        <div className="actions">
          <button disabled={busy} data-testid="step-close" onClick={() => onStep('closure', {})}>
            Close action
          </button>
        </div>
      )}
    </div>
  );
}
