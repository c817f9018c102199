// Small shared pieces: loading/error states, a section box, a status pill, and durations in the
// reader's language.
import { useCallback, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';
import { formatDuration } from '../lib/time';

export function Section(props: { title: string; actions?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="section" data-testid={props.testId}>
      <header className="section-header">
        <h2>{props.title}</h2>
        <div className="section-actions">{props.actions}</div>
      </header>
      {props.children}
    </section>
  );
}

/** An error, "Loading…" until the first data arrives, then the content (kept while refetching). */
export function Loadable(props: { error: string | undefined; ready: boolean; children: ReactNode }) {
  if (props.error)
    return (
      <p className="error" role="alert">
        {props.error}
      </p>
    );
  if (!props.ready) return <Loading />;
  return <>{props.children}</>;
}

function Loading() {
  const { t } = useI18n();
  return <p className="muted">{t('common.loading')}</p>;
}

/** formatDuration in the console's language: "2 d 3 h", "2 Tg. 3 Std.", "2天3小时". */
export function useDuration(): (seconds: number) => string {
  const { locale } = useI18n();
  return useCallback((seconds: number) => formatDuration(seconds, locale), [locale]);
}

/** Time left as a pill's text: the duration, or "overdue <duration>" once it is negative. */
export function useTimeLeft(): (seconds: number) => string {
  const { t } = useI18n();
  const duration = useDuration();
  return useCallback(
    (seconds: number) =>
      seconds < 0 ? t('common.overdue', { duration: duration(-seconds) }) : duration(seconds),
    [t, duration],
  );
}

export function Pill(props: { tone?: 'ok' | 'warn' | 'bad' | 'info'; children: ReactNode }) {
  return <span className={`pill pill-${props.tone ?? 'info'}`}>{props.children}</span>;
}

/** Saves a Blob as a file through a temporary link. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
