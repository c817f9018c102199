// Small shared pieces: loading/error states, a section box, a status pill.
import { type ReactNode } from 'react';

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
  if (!props.ready) return <p className="muted">Loading…</p>;
  return <>{props.children}</>;
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
