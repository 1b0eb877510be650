/**
 * Every call the renderer can make and every event the Node side pushes. Electron wires it to
 * `ipcMain.handle`, `electron/host` serves it over HTTP; both validate each input against its
 * schema before any handler runs. Names are `domain.verb`; events are past tense.
 *
 * Each feature declares its calls in `shared/contracts/<feature>.ts`; this file gathers them.
 */
import type { z } from 'zod';
import { aboutCalls } from './contracts/about';
import { archiveCalls, archiveEvents } from './contracts/archives';
import { coreCalls, coreEvents } from './contracts/core';
import { cycleCalls } from './contracts/cycles';
import { exportCalls } from './contracts/exports';
import { importCalls } from './contracts/imports';
import { logoCalls } from './contracts/logo';
import { mediaCalls } from './contracts/media';
import { methodCalls } from './contracts/methods';
import { projectorWindowCalls } from './contracts/projector';

export * from './contracts/about';
export * from './contracts/archives';
export * from './contracts/core';
export * from './contracts/cycles';
export * from './contracts/exports';
export * from './contracts/imports';
export * from './contracts/logo';
export * from './contracts/media';
export * from './contracts/methods';
export * from './contracts/projector';

export const contract = {
  ...coreCalls,
  ...exportCalls,
  ...archiveCalls,
  ...aboutCalls,
  ...logoCalls,
  ...importCalls,
  ...mediaCalls,
  ...methodCalls,
  ...projectorWindowCalls,
  ...cycleCalls,
} as const;

export const events = {
  ...coreEvents,
  ...archiveEvents,
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

/** Request bodies the HTTP host accepts for a call; a call that carries files says more. */
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;
export function maxInputBytes(name: CallName): number {
  const entry = contract[name];
  return 'maxInputBytes' in entry ? entry.maxInputBytes : DEFAULT_MAX_INPUT_BYTES;
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
