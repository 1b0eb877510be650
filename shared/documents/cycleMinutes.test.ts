import { describe, expect, it } from 'vitest';
import { cycleView } from '../cycles/cycleView';
import { heldSession1, sampleCycle } from '../cycles/testing/sampleCycle';
import { createTranslator } from '../i18n/t';
import { board, note } from '../testing/sampleBoards';
import { cycleMinutesDocument } from './cycleMinutes';
import type { Block } from './documentModel';

const t = createTranslator('fr', { strict: true });

const words = (blocks: Block[]) =>
  blocks
    .flatMap((b) =>
      b.kind === 'paragraph'
        ? b.runs.map((r) => r.text)
        : b.kind === 'bullets'
          ? b.items.map((item) => item.map((r) => r.text).join(''))
          : b.kind === 'heading' || b.kind === 'title'
            ? [b.text]
            : [],
    )
    .join('\n');

describe('cycle minutes', () => {
  it('say each session’s keywords, most voted notes and next steps, then attendance and actions', () => {
    const s1 = {
      ...heldSession1(),
      boards: [
        board({ id: 'mots', mode: 'keywords', title: 'Mise en route' }),
        board({ id: 'idees', title: 'Labo d’idées' }),
      ],
      notes: [
        note('k1', 'Confiance', { boardId: 'mots' }),
        note('k2', 'confiance', { boardId: 'mots' }),
        note('k3', 'Réseau', { boardId: 'mots' }),
        note('n1', 'Mutualiser les transports scolaires', { boardId: 'idees', votes: 5 }),
        note('n2', 'Un annuaire partagé des acteurs', { boardId: 'idees', votes: 2 }),
        note('n3', 'Sans voix', { boardId: 'idees' }),
      ],
    };
    const view = cycleView(sampleCycle(), new Map([['s1', s1]]));
    const model = cycleMinutesDocument(view, new Map([['s1', s1]]), { t, locale: 'fr' });
    const all = words(model.blocks);
    expect(all).toContain('Mots-clés\u00a0: \nConfiance (2), Réseau');
    expect(all).toContain('Mutualiser les transports scolaires — 5 voix');
    expect(all).not.toContain('Sans voix');
    expect(all).toContain('Séance 2 — mardi 18 mars 2025\nSéance à venir.');
    expect(
      model.blocks
        .filter((b) => b.kind === 'heading' && b.level === 1)
        .map((b) => b.kind === 'heading' && b.text),
    ).toEqual(['Les séances', 'Présences', 'Prochains petits pas du cycle']);
    const tables = model.blocks.filter((b) => b.kind === 'table');
    expect(
      tables.map((b) => b.kind === 'table' && b.columns.reduce((sum, c) => sum + c.widthPct, 0)),
    ).toEqual([100, 100]);
  });
});
