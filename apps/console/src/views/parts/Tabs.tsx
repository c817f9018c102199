// Tabs inside a view (ARIA tablist: arrow keys move between tabs, the panel follows the choice).
import { type KeyboardEvent, type ReactNode } from 'react';
import './parts.css';

export interface TabDef<K extends string> {
  key: K;
  label: string;
}

export function Tabs<K extends string>(props: {
  label: string;
  tabs: readonly TabDef<K>[];
  current: K;
  onChange: (key: K) => void;
  testId?: string;
  children: ReactNode;
}) {
  const { tabs, current, onChange } = props;
  function onKey(e: KeyboardEvent<HTMLButtonElement>, i: number) {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = tabs[(i + step + tabs.length) % tabs.length]!;
    onChange(next.key);
    document.getElementById(`tab-${next.key}`)?.focus();
  }
  return (
    <div className="subtabs" data-testid={props.testId}>
      <div role="tablist" aria-label={props.label} className="subtabs-list">
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            id={`tab-${tab.key}`}
            role="tab"
            type="button"
            aria-selected={tab.key === current}
            aria-controls={`panel-${tab.key}`}
            tabIndex={tab.key === current ? 0 : -1}
            className={tab.key === current ? 'subtab active' : 'subtab'}
            data-testid={`tab-${tab.key}`}
            onClick={() => onChange(tab.key)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} className="view">
        {props.children}
      </div>
    </div>
  );
}

/** The message of a failed call (ApiError carries the problem's title and detail). */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
