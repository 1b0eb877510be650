/**
 * The grouping engine off the window's thread. It searches in slices and yields between them,
 * so a `cancel` message is read while the search runs; the answer is the best groups so far.
 */
import { startGrouping, type GroupingRun } from '../../../shared/grouping/formGroups';
import type {
  GroupingInput,
  GroupingProgress,
  GroupingResult,
} from '../../../shared/grouping/types';
import type { Result } from '../../../shared/result';

export type WorkerRequest =
  | { type: 'start'; input: GroupingInput; options: { seed: string; timeMs: number } }
  | { type: 'cancel' };
export type WorkerReply =
  | { type: 'progress'; progress: GroupingProgress }
  | { type: 'done'; result: Result<GroupingResult> };

const SLICE_MS = 50;
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
};
let search: GroupingRun | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'cancel') return search?.cancel();
  const started = startGrouping(request.input, {
    ...request.options,
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
  });
  if (!started.ok) return scope.postMessage({ type: 'done', result: started });
  search = started.value;
  const slice = () => {
    if (!search) return;
    if (search.run(SLICE_MS)) {
      scope.postMessage({ type: 'done', result: { ok: true, value: search.result() } });
      search = null;
    } else setTimeout(slice, 0);
  };
  slice();
};
