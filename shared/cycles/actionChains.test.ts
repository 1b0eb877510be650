import { describe, expect, it } from 'vitest';
import { actionChains, openActionsToCarry } from './actionChains';
import { step } from './testing/sampleCycle';

describe('carrying actions forward', () => {
  const s1 = {
    id: 's1',
    actions: [
      step('a1', 'Rencontrer le service jeunesse'),
      step('a2', 'Partager la charte', { status: 'done' }),
      step('a3', 'Écrire au sous-préfet'),
    ],
  };
  const s2 = {
    id: 's2',
    actions: [
      step('b1', 'Rencontrer le service jeunesse', {
        status: 'done',
        carriedFrom: { sessionId: 's1', actionId: 'a1' },
      }),
      step('b3', 'Écrire au sous-préfet', { carriedFrom: { sessionId: 's1', actionId: 'a3' } }),
      step('b4', 'Inviter l’élue à la séance 3'),
    ],
  };

  it('carries only open actions of the first session', () => {
    expect(openActionsToCarry([s1]).map((c) => c.action.id)).toEqual(['a1', 'a3']);
  });

  it('carries the latest copy of each step once, never the original again', () => {
    const carried = openActionsToCarry([s1, s2]);
    expect(carried.map((c) => [c.sessionId, c.action.id])).toEqual([
      ['s2', 'b3'],
      ['s2', 'b4'],
    ]);
  });

  it('shows each step once with its latest status and where it was written', () => {
    const chains = actionChains([s1, s2]);
    expect(
      chains.map((c) => [c.origin.action.id, c.latest.action.id, c.latest.action.status, c.length]),
    ).toEqual([
      ['a1', 'b1', 'done', 2],
      ['a2', 'a2', 'done', 1],
      ['a3', 'b3', 'open', 2],
      ['b4', 'b4', 'open', 1],
    ]);
    expect(chains[0]!.origin.sessionId).toBe('s1');
  });

  it('ends a chain at a session that is not in the cycle', () => {
    const orphan = {
      id: 's3',
      actions: [step('c1', 'Relancer', { carriedFrom: { sessionId: 'ailleurs', actionId: 'x' } })],
    };
    expect(actionChains([orphan]).map((c) => c.origin.action.id)).toEqual(['c1']);
  });
});
