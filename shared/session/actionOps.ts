/** Next small steps (« prochains petits pas »): what, who, when, for a sequence or the whole day. */
import { z } from 'zod';
import type { Action } from '../model/actions';
import { idSchema } from '../model/ids';
import { isoDateSchema } from '../model/time';
import { defineOps, updateById } from './defineOps';

const actionFields = {
  sequenceId: idSchema.nullable(),
  text: z.string().max(5000),
  /** Free text, or the name of the participant below. */
  owner: z.string().max(300),
  ownerParticipantId: idSchema.nullable(),
  due: isoDateSchema.nullable(),
  group: z.string().max(200).nullable(),
  status: z.enum(['open', 'done', 'dropped']),
};

export const reviewOutcomes = ['done', 'carried', 'dropped'] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];

export const actionOps = defineOps({
  'action.add': {
    input: z.object({ action: z.object({ id: idSchema, ...actionFields }) }),
    apply: (session, op) => {
      if (session.actions.some((a) => a.id === op.action.id)) return session;
      const action: Action = {
        carriedFrom: null,
        reviewedAt: null,
        ...op.action,
        createdAt: op.at,
      };
      return { ...session, actions: [...session.actions, action] };
    },
  },

  'action.update': {
    input: z.object({ id: idSchema, fields: z.object(actionFields).partial() }),
    apply: (session, op) => {
      const actions = updateById(session.actions, op.id, (a) => ({ ...a, ...op.fields }));
      return actions === session.actions ? session : { ...session, actions };
    },
    coalesceKey: (op) => `${op.id}:${Object.keys(op.fields).sort().join(',')}`,
  },

  /**
   * « Où en sont nos petits pas ? »: a step carried from an earlier session of the cycle is
   * done, goes on (stays open), or is dropped; either way it has been reviewed.
   */
  'action.review': {
    input: z.object({ id: idSchema, outcome: z.enum(reviewOutcomes) }),
    apply: (session, op) => {
      const status: Action['status'] = op.outcome === 'carried' ? 'open' : op.outcome;
      const actions = updateById(session.actions, op.id, (a) => ({
        ...a,
        status,
        reviewedAt: op.at,
      }));
      return actions === session.actions ? session : { ...session, actions };
    },
  },

  'action.remove': {
    input: z.object({ id: idSchema }),
    apply: (session, op) => {
      const actions = session.actions.filter((a) => a.id !== op.id);
      return actions.length === session.actions.length ? session : { ...session, actions };
    },
  },
});
