import { methodTotalMin, type Method } from '../../../shared/model/method';
import { fail, ok } from '../../../shared/result';
import type { MethodSummary } from '../../../shared/contract';
import { builtinMethods, isBuiltinMethod } from '../methods/builtinMethods';
import { MethodStore } from '../methods/methodStore';
import type { HandlerContext } from './context';
import type { HandlersFor } from './types';

type MethodCalls = 'methods.list' | 'methods.save' | 'methods.delete';

export function methodHandlers(ctx: HandlerContext): HandlersFor<MethodCalls> {
  const store = async () => new MethodStore((await ctx.currentLibrary()).root);
  const summary = (method: Method, source: MethodSummary['source']): MethodSummary => ({
    ...method,
    source,
    totalMin: methodTotalMin(method),
  });
  return {
    'methods.list': async () => {
      const personal = await (await store()).list();
      return ok({
        methods: [
          ...builtinMethods.map((m) => summary(m, 'builtin')),
          ...personal.methods
            .filter((m) => !isBuiltinMethod(m.id))
            .map((m) => summary(m, 'personal')),
        ],
        damaged: personal.damaged,
      });
    },
    'methods.save': async ({ method }) => {
      if (isBuiltinMethod(method.id)) return fail('method.builtin');
      const ready = await (await ctx.currentLibrary()).ensureRoot();
      if (!ready.ok) return ready;
      return (await store()).save(method);
    },
    'methods.delete': async ({ id }) => {
      if (isBuiltinMethod(id)) return fail('method.builtin');
      return (await store()).remove(id);
    },
  };
}
