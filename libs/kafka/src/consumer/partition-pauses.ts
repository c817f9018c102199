// Paused partitions of one consumer: a partition whose message failed transiently is paused (kafkajs
// stops fetching it; the group membership and the other partitions carry on), resumed after a
// capped, jittered back-off, and its unresolved message is fetched again. The back-off grows with
// each consecutive transient failure of that partition and starts over after a success.
import { type Consumer } from 'kafkajs';
import { pausedPartitions, pausedSeconds } from '../metrics';
import { backoffMs, type BackoffPolicy } from './retry';

interface PauseState {
  streak: number;
  pausedAt?: number;
  timer?: NodeJS.Timeout;
}

export class PartitionPauses {
  private readonly states = new Map<string, PauseState>();

  constructor(
    private readonly consumer: Consumer,
    private readonly groupId: string,
    private readonly policy: BackoffPolicy,
    /** Registry topic name for metrics (without namespace). */
    private readonly logicalTopic: (physical: string) => string,
  ) {}

  /** Pauses the partition and schedules its resume; returns the delay in ms. */
  pause(topic: string, partition: number): number {
    const key = `${topic}\u0000${partition}`;
    const state = this.states.get(key) ?? { streak: 0 };
    this.states.set(key, state);
    state.streak += 1;
    const delay = backoffMs(state.streak, this.policy);
    if (state.timer === undefined) {
      this.consumer.pause([{ topic, partitions: [partition] }]);
      state.pausedAt = Date.now();
      pausedPartitions().inc({ group: this.groupId });
    } else clearTimeout(state.timer);
    state.timer = setTimeout(() => this.resume(topic, partition), delay);
    return delay;
  }

  /** A message of the partition was handled: the next transient failure starts a new back-off. */
  succeeded(topic: string, partition: number): void {
    const key = `${topic}\u0000${partition}`;
    const state = this.states.get(key);
    if (state && state.timer === undefined) this.states.delete(key);
  }

  /** Consecutive transient failures of the partition so far (0 when healthy). */
  streak(topic: string, partition: number): number {
    return this.states.get(`${topic}\u0000${partition}`)?.streak ?? 0;
  }

  private resume(topic: string, partition: number): void {
    const state = this.states.get(`${topic}\u0000${partition}`);
    if (!state || state.timer === undefined) return;
    state.timer = undefined;
    this.account(topic, state);
    try {
      this.consumer.resume([{ topic, partitions: [partition] }]);
    } catch {
      // The consumer has no group right now (it crashed on a broker outage and is restarting);
      // the next group fetches every partition it is assigned, paused or not. Thrown from a
      // timer, this would end the process.
    }
  }

  /** Clears every timer (on stop); the partitions' messages stay uncommitted for the next owner. */
  clear(): void {
    for (const [key, state] of this.states) {
      if (state.timer === undefined) continue;
      clearTimeout(state.timer);
      state.timer = undefined;
      this.account(key.split('\u0000')[0]!, state);
    }
    this.states.clear();
  }

  private account(topic: string, state: PauseState): void {
    pausedPartitions().dec({ group: this.groupId });
    if (state.pausedAt !== undefined)
      pausedSeconds().inc(
        { group: this.groupId, topic: this.logicalTopic(topic) },
        (Date.now() - state.pausedAt) / 1000,
      );
    state.pausedAt = undefined;
  }
}
