import { describe, expect, it } from 'vitest';
import { heldSession1, step } from '../cycles/testing/sampleCycle';
import { applyOperation } from './applyOperation';

const at = '2025-03-18T12:35:00.000Z';
const withCarried = () => ({
  ...heldSession1(),
  actions: [
    step('c1', 'Rencontrer le service jeunesse', {
      carriedFrom: { sessionId: 's1', actionId: 'a1' },
    }),
  ],
});

describe('« Où en sont nos petits pas ? »', () => {
  it.each([
    ['done', 'done'],
    ['carried', 'open'],
    ['dropped', 'dropped'],
  ] as const)('%s sets the status to %s and marks it reviewed', (outcome, status) => {
    const next = applyOperation(withCarried(), { type: 'action.review', id: 'c1', outcome, at });
    expect(next.actions[0]).toMatchObject({ status, reviewedAt: at });
  });

  it('changes nothing for an unknown action', () => {
    const session = withCarried();
    expect(applyOperation(session, { type: 'action.review', id: 'x', outcome: 'done', at })).toBe(
      session,
    );
  });
});
