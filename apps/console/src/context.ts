// What every view needs: the API client, the user, and a counter per event family that the live
// stream bumps (views list the families they show and refetch when one changes).
import { createContext, useContext } from 'react';
import { type ApiClient } from './api/client';
import { type SessionUser } from './api/types';

/** First segment of an event type: repair, parts, procurement, complaint, analytics, customer. */
export type EventFamily = string;

export interface ConsoleContext {
  api: ApiClient;
  user: SessionUser;
  changes: Record<EventFamily, number>;
}

export const Console = createContext<ConsoleContext | null>(null);

export function useConsole(): ConsoleContext {
  const ctx = useContext(Console);
  if (!ctx) throw new Error('useConsole outside <Console.Provider>');
  return ctx;
}
