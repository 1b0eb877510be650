import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/t';
import { sequenceSchema } from '../model/agenda';
import type { Grouping } from '../model/groupings';
import { gennevilliersSession, participant } from '../testing/sampleSession';
import type { Block } from './documentModel';
import { groupingBlocks, groupListsDocument } from './groupLists';

const t = createTranslator('fr', { strict: true });
const at = '2025-02-04T10:20:00.000Z';
const table = (id: string, name: string, memberIds: string[], hostId: string | null = null) => ({
  id,
  name,
  color: '#1d4ed8',
  memberIds,
  hostId,
  isLocked: false,
  lockedMemberIds: [],
});
const cafe: Grouping = {
  id: 'cafe',
  sequenceId: 's2',
  name: 'World café : l’impact collectif',
  strategy: 'rotation',
  params: { rounds: 2, hostIds: ['p1'] },
  rounds: [
    {
      groups: [
        table('t1', 'Jeunesse', ['p1', 'p2', 'p3'], 'p1'),
        table('t2', 'Table 2', ['p4', 'p5']),
      ],
    },
    {
      groups: [
        table('t1', 'Jeunesse', ['p1', 'p4', 'p5'], 'p1'),
        table('t2', 'Table 2', ['p2', 'p3']),
      ],
    },
  ],
  createdAt: at,
};
const session = gennevilliersSession({
  agenda: [
    sequenceSchema.parse({
      id: 's2',
      kind: 'worldCafe',
      title: 'Temps#1 — World café',
      durationMin: 86,
    }),
  ],
  participants: [
    participant('p1', 'Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'),
    participant('p2', 'Lefèvre', 'Jérôme', 'Préfecture des Hauts-de-Seine', 'État'),
    participant('p3', 'N’Diaye', 'Fatoumata', 'Centre social Les Oliviers', 'Association'),
    participant('p4', 'Émery', 'Chloé', 'Ville de Nanterre', 'Collectivité'),
    participant('p5', 'Da Silva', 'Maëlle', '', 'Habitant'),
  ],
  groupings: [cafe],
});
const tables = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const textOf = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('group lists', () => {
  const blocks = groupingBlocks(session, cafe, t, 'fr');

  it('opens with the grouping, its sequence, method and score, typeset the French way', () => {
    expect(blocks[0]).toEqual({
      kind: 'heading',
      level: 2,
      text: 'World café\u00a0: l’impact collectif',
    });
    expect(blocks[1]).toMatchObject({
      kind: 'paragraph',
      runs: [
        {
          text: 'Séquence\u00a0: Temps#1 — World café · Méthode\u00a0: Rotations sur plusieurs tours (world café) · 5 personnes',
        },
      ],
    });
    expect(textOf((blocks[2] as Extract<Block, { kind: 'paragraph' }>).runs)).toContain(
      '2 paires se retrouvent plus d’une fois',
    );
  });

  it('gives each round its own page: tables with their host first, names in bold, organisations after', () => {
    expect(blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(3);
    expect(
      blocks
        .filter((b) => b.kind === 'heading' && b.level === 3)
        .map((b) => (b as { text: string }).text),
    ).toEqual(['Tour 1', 'Tour 2', 'Qui va où']);
    const [first] = tables(blocks);
    expect(first!.columns.map((c) => c.header)).toEqual(['Table', 'Participants']);
    expect(first!.compact).toBe(true);
    expect(first!.rows[0]![0]!.runs).toEqual([{ text: 'Jeunesse', bold: true }]);
    // The host first, then by last name.
    expect(first!.rows[0]![1]!.runs).toEqual([
      { text: 'Aïcha Benali', bold: true },
      { text: ' (hôte)' },
      { text: ' (Mairie de Gennevilliers)', muted: true },
      { text: ' · Jérôme Lefèvre', bold: true },
      { text: ' (Préfecture des Hauts-de-Seine)', muted: true },
      { text: ' · Fatoumata N’Diaye', bold: true },
      { text: ' (Centre social Les Oliviers)', muted: true },
    ]);
    expect(textOf(first!.rows[1]![1]!.runs)).toBe(
      'Maëlle Da Silva · Chloé Émery (Ville de Nanterre)',
    );
  });

  it('ends rotations with everyone’s table per round, alphabetically', () => {
    const whoGoesWhere = tables(blocks).at(-1)!;
    expect(whoGoesWhere.columns.map((c) => c.header)).toEqual([
      'Nom',
      'Prénom',
      'Tour 1',
      'Tour 2',
    ]);
    expect(whoGoesWhere.columns.reduce((sum, c) => sum + c.widthPct, 0)).toBe(100);
    expect(whoGoesWhere.rows.map((row) => row.map((c) => textOf(c.runs)))).toEqual([
      ['BENALI', 'Aïcha', 'Jeunesse', 'Jeunesse'],
      ['DA SILVA', 'Maëlle', 'Table 2', 'Jeunesse'],
      ['ÉMERY', 'Chloé', 'Table 2', 'Jeunesse'],
      ['LEFÈVRE', 'Jérôme', 'Jeunesse', 'Table 2'],
      ['N’DIAYE', 'Fatoumata', 'Jeunesse', 'Table 2'],
    ]);
  });

  it('is a document of its own, and says when groups are not formed yet', () => {
    const model = groupListsDocument(session, cafe, t, 'fr');
    expect(model.title).toBe('Groupes — World café\u00a0: l’impact collectif');
    expect(model.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Groupes' });
    const empty = groupingBlocks(session, { ...cafe, rounds: [] }, t, 'fr');
    expect(empty.at(-1)).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'Les groupes ne sont pas encore formés.', italic: true }],
    });
  });
});
