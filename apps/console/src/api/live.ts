// Reads GET /v1/live with fetch (with the session cookie, nothing in the URL) so a 401 is seen
// and tells the shell the session ended, which EventSource would hide. Reconnects after a pause
// when the stream ends or fails, until stopped or the session is gone.
import { type LiveNotice } from './types';

export interface SseMessage {
  event: string;
  data: string;
  id?: string;
}

/**
 * Splits a chunked SSE text stream into messages (RFC: blank line ends a message; `:` lines are
 * comments such as heartbeats). Returns the messages complete so far and the unfinished rest.
 */
export function parseSse(buffer: string): { messages: SseMessage[]; rest: string } {
  const messages: SseMessage[] = [];
  const normalised = buffer.replace(/\r\n?/g, '\n');
  const blocks = normalised.split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (!line || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'id') id = value;
    }
    if (data.length > 0) messages.push({ event, data: data.join('\n'), ...(id ? { id } : {}) });
  }
  return { messages, rest };
}

export type LiveHandler = (notice: LiveNotice | 'resync') => void;

/** Starts reading; returns a function that stops for good. */
export function subscribeLive(
  onNotice: LiveHandler,
  onState?: (up: boolean) => void,
  onUnauthorized?: () => void,
): () => void {
  let stopped = false;
  let abort = new AbortController();

  async function readOnce(): Promise<void> {
    abort = new AbortController();
    const res = await fetch('/v1/live', {
      credentials: 'same-origin',
      headers: { accept: 'text/event-stream' },
      signal: abort.signal,
    });
    if (res.status === 401) {
      // No session any more: reconnecting cannot help.
      stopped = true;
      onUnauthorized?.();
      return;
    }
    if (!res.ok || !res.body) throw new Error(`live stream answered ${res.status}`);
    onState?.(true);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      const { messages, rest } = parseSse(buffer);
      buffer = rest;
      for (const m of messages) {
        if (m.event === 'resync') onNotice('resync');
        else if (m.event === 'message') onNotice(JSON.parse(m.data) as LiveNotice);
      }
    }
  }

  void (async () => {
    while (!stopped) {
      try {
        await readOnce();
      } catch {
        // reconnect below
      }
      onState?.(false);
      if (!stopped) {
        // Whatever happened while disconnected is unknown: refetch once reconnected.
        await new Promise((r) => setTimeout(r, 3_000));
        if (!stopped) onNotice('resync');
      }
    }
  })();

  return () => {
    stopped = true;
    abort.abort();
  };
}
