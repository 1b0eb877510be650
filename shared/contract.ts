/**
 * Every call the renderer can make and every event the Node side pushes. Electron wires it to
 * `ipcMain.handle`, `electron/host` serves it over HTTP; both validate each input against its
 * schema before any handler runs. Names are `domain.verb`; events are past tense.
 *
 * Each feature declares its calls in `shared/contracts/<feature>.ts`; this file gathers them.
 */
import type { z } from 'zod';
import { coreCalls, coreEvents } from './contracts/core';
import { exportCalls } from './contracts/exports';
import { projectorWindowCalls } from './contracts/projector';

export * from './contracts/core';
export * from './contracts/exports';
export * from './contracts/projector';

export const contract = {
  ...coreCalls,
  ...exportCalls,
  ...projectorWindowCalls,
} as const;

export const events = {
  ...coreEvents,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.infer<Contract[K]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<K extends EventName> = z.infer<(typeof events)[K]>;

export const callNames = Object.keys(contract) as CallName[];
export const eventNames = Object.keys(events) as EventName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
