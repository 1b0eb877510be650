/**
 * The shipped methods: each parses, and inserting it into a real session gives valid sequences
 * and boards whose planned durations add up to the total the list shows.
 */
import { describe, expect, it } from 'vitest';
import { plannedTimes } from '../../../shared/agenda/plannedTimes';
import { sequenceDraftSchema } from '../../../shared/model/agenda';
import { boardDraftSchema } from '../../../shared/model/boards';
import {
  instantiateMethod,
  methodBoardSchema,
  methodSchema,
  methodSequenceSchema,
  methodTotalMin,
} from '../../../shared/model/method';
import { parseSessionValue } from '../../../shared/model/parseSession';
import { applyOperation } from '../../../shared/session/applyOperation';
import { gennevilliersAgenda, gennevilliersSession } from '../../../shared/testing/sampleSession';
import { builtinMethodFiles, builtinMethods } from './builtinMethods';

const at = '2025-02-04T07:30:00.000Z';
let counter = 0;
const newId = () => `id-${++counter}`;

describe('shipped methods', () => {
  it('are the seven the seminars use, each with a unique id', () => {
    expect(builtinMethods.map((m) => m.title)).toEqual([
      'Co-développement',
      'World café',
      'Mise en route — mots-clés de la coopération',
      'Labo d’idées — nécessité d’agir',
      'Les 5 composantes de l’impact collectif',
      'Questions et votes (webinaire)',
      '1-2-4-Tous',
    ]);
    expect(new Set(builtinMethods.map((m) => m.id)).size).toBe(builtinMethods.length);
  });

  it.each(builtinMethodFiles.map((file, i) => [builtinMethods[i]!.title, file]))(
    '%s parses strictly, with French texts and a description',
    (_title, file) => {
      const method = methodSchema.parse(file);
      // No misspelt field slips through the loose schema: every key is one it knows.
      const raw = file as { sequences: { boards?: object[] }[] };
      expect(Object.keys(raw).filter((k) => !(k in methodSchema.shape))).toEqual([]);
      for (const s of raw.sequences) {
        expect(Object.keys(s).filter((k) => !(k in methodSequenceSchema.shape))).toEqual([]);
        for (const b of s.boards ?? [])
          expect(Object.keys(b).filter((k) => !(k in methodBoardSchema.shape))).toEqual([]);
      }
      expect(method.description.length).toBeGreaterThan(20);
      expect(method.instructions.length).toBeGreaterThan(20);
      // French typography: a non-breaking space before « ? » and « : », never a plain one.
      const texts = JSON.stringify(file);
      expect(texts).not.toMatch(/ [?!;:]/);
    },
  );

  it.each(builtinMethods.map((m) => [m.title, m] as const))(
    'inserting %s yields valid sequences whose durations add up to its total',
    (_title, method) => {
      const drafts = instantiateMethod(method, { newId });
      for (const s of drafts.sequences) expect(sequenceDraftSchema.parse(s)).toEqual(s);
      for (const b of drafts.boards) expect(boardDraftSchema.parse(b)).toEqual(b);
      const before = gennevilliersSession({ agenda: gennevilliersAgenda() });
      const after = applyOperation(before, { type: 'method.insert', index: 2, ...drafts, at });

      const parsed = parseSessionValue(JSON.parse(JSON.stringify(after)));
      expect(parsed.kind).toBe('ok');
      const inserted = after.agenda.slice(2, 2 + method.sequences.length);
      expect(inserted.map((s) => s.id)).toEqual(drafts.sequences.map((s) => s.id));
      expect(inserted.map((s) => s.title)).toEqual(method.sequences.map((s) => s.title));
      const total = methodTotalMin(method);
      expect(inserted.reduce((sum, s) => sum + s.durationMin, 0)).toBe(total);
      expect(plannedTimes(after.agenda, after).totalMin).toBe(
        plannedTimes(before.agenda, before).totalMin + total,
      );
      // Every board is linked to one of the inserted sequences.
      const newBoards = after.boards.slice(before.boards.length);
      expect(newBoards).toHaveLength(method.sequences.flatMap((s) => s.boards).length);
      for (const board of newBoards) expect(inserted.map((s) => s.id)).toContain(board.sequenceId);
    },
  );

  it('give the usual timings', () => {
    const total = (id: string) => methodTotalMin(builtinMethods.find((m) => m.id === id)!);
    expect(total('codeveloppement')).toBe(75);
    expect(total('labo-idees')).toBe(90);
    expect(total('1-2-4-tous')).toBe(12);
    const cafe = builtinMethods.find((m) => m.id === 'world-cafe')!;
    expect(cafe.sequences.find((s) => s.kind === 'worldCafe')).toMatchObject({
      rounds: { count: 3, roundMin: 20, changeMin: 2 },
      groupingPlan: { strategy: 'rotation', rounds: 3 },
    });
    const keywords = builtinMethods.find((m) => m.id === 'mise-en-route-mots-cles')!;
    expect(keywords.sequences.flatMap((s) => s.boards).map((b) => b.mode)).toEqual(['keywords']);
    expect(keywords.sequences.find((s) => s.durationMin === 7)?.groupingPlan?.size).toBe(5);
    const components = builtinMethods.find((m) => m.id === 'impact-collectif-5-composantes')!;
    expect(components.sequences[0]!.boards[0]!.columns).toHaveLength(5);
    const questions = builtinMethods.find((m) => m.id === 'questions-votes-webinaire')!;
    expect(questions.sequences[0]!.boards[0]!.voting).toEqual({ dots: 3, per: 'person' });
  });
});
