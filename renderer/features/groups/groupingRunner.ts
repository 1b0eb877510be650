/**
 * Runs the grouping engine without freezing the window: in a Web Worker when the platform has
 * them, otherwise in short slices on this thread (tests in jsdom, or a worker that fails to
 * start). Either way: progress while it runs, cancel keeps the best groups found so far.
 */
import { startGrouping } from '../../../shared/grouping/formGroups';
import type {
  GroupingInput,
  GroupingProgress,
  GroupingResult,
} from '../../../shared/grouping/types';
import type { Result } from '../../../shared/result';
import type { WorkerReply, WorkerRequest } from './grouping.worker';

export type GroupingJob = { cancel: () => void; done: Promise<Result<GroupingResult>> };
export type RunOptions = { seed: string; timeMs: number };
export type GroupingRunner = (
  input: GroupingInput,
  options: RunOptions,
  onProgress: (progress: GroupingProgress) => void,
) => GroupingJob;

/** How long the engine runs before it lets the thread breathe (inline runner). */
const SLICE_MS = 30;

export const inlineRunner: GroupingRunner = (input, options, onProgress) => {
  let cancelled = false;
  const done = new Promise<Result<GroupingResult>>((resolve) => {
    const started = startGrouping(input, { ...options, onProgress });
    if (!started.ok) return resolve(started);
    const search = started.value;
    const slice = () => {
      if (cancelled) search.cancel();
      if (search.run(SLICE_MS)) resolve({ ok: true, value: search.result() });
      else setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
  });
  return { cancel: () => (cancelled = true), done };
};

export const workerRunner: GroupingRunner = (input, options, onProgress) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./grouping.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inlineRunner(input, options, onProgress);
  }
  let fallback: GroupingJob | null = null;
  const done = new Promise<Result<GroupingResult>>((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.progress);
      worker.terminate();
      resolve(reply.result);
    };
    worker.onerror = (event) => {
      // The worker could not start (a platform without module workers): run here instead.
      event.preventDefault();
      worker.terminate();
      fallback = inlineRunner(input, options, onProgress);
      void fallback.done.then(resolve);
    };
    worker.postMessage({ type: 'start', input, options } satisfies WorkerRequest);
  });
  return {
    cancel: () => {
      if (fallback) fallback.cancel();
      else worker.postMessage({ type: 'cancel' } satisfies WorkerRequest);
    },
    done,
  };
};

export const defaultRunner: GroupingRunner =
  typeof Worker === 'undefined' ? inlineRunner : workerRunner;
