// The signed-in technician's queue: the open orders assigned to them, each with its status and
// parts status, the labour clocked against the quote, and their clock (one running at a time).
// Notes and "work complete" go to the order's progress command with the version shown (If-Match).
import { useState, type FormEvent } from 'react';
import { type TechnicianQueue as Queue } from '../../api/types';
import { Loadable, Pill, Section } from '../../components/common';
import { useConsole } from '../../context';
import { useResource } from '../../hooks';
import { serviceTypeKey } from '../../i18n/labels';
import { useI18n } from '../../i18n/I18n';
import { elapsed, useNow } from './useNow';

type Item = Queue['items'][number];

export function TechnicianQueue() {
  const { t } = useI18n();
  const queue = useResource((api) => api.technicianQueue(), [], ['repair']);
  const centres = useResource((api) => api.centres(), [], []);
  const zoneOf = (centreId: string) => centres.data?.items.find((c) => c.id === centreId)?.timeZone;
  const items = queue.data?.items ?? [];
  const running = queue.data?.runningClock ?? null;
  const runningOrder = running && items.find((i) => i.order.id === running.repairOrderId)?.order;
  const now = useNow();
  return (
    <Section title={t('workshop.queue.title')} testId="workshop-queue">
      <Loadable error={queue.error} ready={queue.data !== undefined}>
        <p className="muted" data-testid="running-clock" aria-live="polite">
          {running
            ? t('workshop.queue.running', {
                order: runningOrder?.orderNumber ?? running.repairOrderId,
                elapsed: elapsed(running.startedAt, now),
              })
            : t('workshop.queue.notRunning')}
        </p>
        {items.length === 0 ? (
          <p className="muted">{t('workshop.queue.empty')}</p>
        ) : (
          items.map((item) => (
            <QueueItem
              key={item.order.id}
              item={item}
              otherRunning={!!running && !item.clockedOn}
              onChange={queue.reload}
              now={now}
              timeZone={zoneOf(item.order.centreId)}
            />
          ))
        )}
      </Loadable>
    </Section>
  );
}

function QueueItem(props: {
  item: Item;
  otherRunning: boolean;
  onChange: () => void;
  now: Date;
  timeZone: string | undefined;
}) {
  const { item, otherRunning, onChange, now, timeZone } = props;
  const { order, labour } = item;
  const { api } = useConsole();
  const { t, number, dateTime } = useI18n();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const n = order.orderNumber;
  const running = labour.entries.find((e) => e.endedAt === null && item.clockedOn);
  const canClock = order.status === 'APPROVED' || order.status === 'IN_PROGRESS';
  const canNote = order.allowedCommands.includes('note-progress');
  const canComplete = order.allowedCommands.includes('complete-work');

  async function act(run: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await run();
      return true;
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return false;
    } finally {
      setBusy(false);
      onChange();
    }
  }
  async function addNote(e: FormEvent, workComplete = false) {
    e.preventDefault();
    const text = note.trim() || (workComplete ? t('workshop.note.completeDefault') : '');
    if (!text) return;
    if (await act(() => api.orderCommand(order, 'progress', { note: text, workComplete }))) setNote('');
  }

  // The running entry counted up to now (the answer counted it up to when it was read).
  const clocked = running
    ? labour.totalMinutes -
      running.minutes +
      Math.floor((now.getTime() - Date.parse(running.startedAt)) / 60_000)
    : labour.totalMinutes;
  return (
    <article className="card" data-testid={`queue-item-${n}`} aria-labelledby={`queue-${n}`}>
      <h3 id={`queue-${n}`}>
        {t('workshop.order.title', { order: n, service: t(serviceTypeKey(order.serviceType)) })}{' '}
        <Pill tone={order.status === 'WAITING_PARTS' ? 'warn' : 'info'}>
          <span data-testid={`queue-status-${n}`}>{t('workshop.status', { status: order.status })}</span>
        </Pill>{' '}
        <Pill tone={order.parts.status === 'backordered' ? 'bad' : order.parts.status ? 'ok' : 'info'}>
          {t('workshop.parts', { status: order.parts.status ?? 'none' })}
        </Pill>
      </h3>
      <p>{order.reception.symptoms}</p>
      <p className="muted" data-testid={`labour-${n}`}>
        {labour.quotedMinutes === null
          ? t('workshop.labour.noQuote', { clocked: number(clocked) })
          : t('workshop.labour.vsQuote', {
              clocked: number(clocked),
              quoted: number(labour.quotedMinutes),
            })}
      </p>
      <div className="actions">
        {item.clockedOn ? (
          <>
            <span
              className="mono"
              data-testid={`clock-running-${n}`}
              aria-label={t('workshop.clock.runningLabel')}
            >
              {running ? elapsed(running.startedAt, now) : ''}
            </span>{' '}
            <button
              type="button"
              disabled={busy}
              onClick={() => void act(() => api.clockLabour(order.id, 'clock-off'))}
              data-testid={`clock-off-${n}`}
            >
              {t('workshop.clock.off')}
            </button>
          </>
        ) : (
          canClock && (
            <button
              type="button"
              disabled={busy || otherRunning}
              title={otherRunning ? t('workshop.clock.otherRunning') : undefined}
              onClick={() => void act(() => api.clockLabour(order.id, 'clock-on'))}
              data-testid={`clock-on-${n}`}
            >
              {t('workshop.clock.on')}
            </button>
          )
        )}
      </div>
      {(canNote || canComplete) && (
        <form className="step-form" onSubmit={(e) => void addNote(e)}>
          <label>
            {t('workshop.note.label')}
            <textarea value={note} onChange={(e) => setNote(e.target.value)} data-testid={`note-${n}`} />
          </label>
          {canNote && (
            <button type="submit" disabled={busy || !note.trim()} data-testid={`add-note-${n}`}>
              {t('workshop.note.add')}
            </button>
          )}
          {canComplete && (
            <button
              type="button"
              disabled={busy}
              onClick={(e) => void addNote(e, true)}
              data-testid={`complete-${n}`}
            >
              {t('workshop.note.complete')}
            </button>
          )}
        </form>
      )}
      {order.progressNotes.length > 0 && (
        <ul className="history" aria-label={t('workshop.note.history')}>
          {order.progressNotes.map((p, i) => (
            <li key={i}>
              {t('workshop.note.entry', { at: dateTime(p.at, timeZone), by: p.by, note: p.note })}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
