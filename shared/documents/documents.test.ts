import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/t';
import { sequenceSchema } from '../model/agenda';
import { gennevilliersSession, participant } from '../testing/sampleSession';
import { agendaDocument } from './agendaDocument';
import type { Block, DocumentModel } from './documentModel';
import { signatureSheet } from './signatureSheet';

const t = createTranslator('fr', { strict: true });
const tableOf = (model: DocumentModel) =>
  model.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')!;
const column = (model: DocumentModel, index: number) =>
  tableOf(model).rows.map((row) => row[index]!.runs.map((r) => r.text).join(''));

describe('signature sheet', () => {
  const session = gennevilliersSession({
    participants: [
      participant('a', 'Lefèvre', 'Jérôme', 'Préfecture des Hauts-de-Seine', 'État'),
      participant('b', 'Émery', 'Chloé', 'Ville de Nanterre', 'Collectivité'),
      participant('c', 'de La Tour', 'Maëlle', 'Centre social Les Oliviers', 'Association'),
      participant('d', 'Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'),
      {
        ...participant('e', 'Absent', 'Excusé', 'CAF des Hauts-de-Seine', 'État'),
        attendance: 'excused' as const,
      },
    ],
  });
  const model = signatureSheet(session, t, 'fr');

  it('lists people by last name the French way, accents ignored, excused people left out', () => {
    expect(column(model, 1).filter(Boolean)).toEqual(['BENALI', 'DE LA TOUR', 'ÉMERY', 'LEFÈVRE']);
    expect(column(model, 3).slice(0, 4)).toEqual([
      'Mairie de Gennevilliers',
      'Centre social Les Oliviers',
      'Ville de Nanterre',
      'Préfecture des Hauts-de-Seine',
    ]);
  });

  it('leaves the signature column empty, adds numbered free rows and room to sign', () => {
    const table = tableOf(model);
    expect(table.columns.map((c) => c.header)).toEqual([
      'N°',
      'Nom',
      'Prénom',
      'Structure',
      'Collège',
      'Signature',
    ]);
    expect(column(model, 5).every((text) => text === '')).toBe(true);
    expect(column(model, 0)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(table.rowHeightMm).toBeGreaterThanOrEqual(10);
    expect(table.columns.reduce((sum, c) => sum + c.widthPct, 0)).toBe(100);
  });

  it('says when and where, in French', () => {
    const texts = model.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [],
    );
    expect(texts).toContain('Mardi 4 février 2025, 9h00 – 12h30');
    expect(texts.some((line) => line.startsWith('Lieu\u00a0: Espace culturel'))).toBe(true);
    expect(texts).toContain('4 personnes inscrites');
  });
});

describe('agenda document', () => {
  it('gives each sequence its planned time, title, speakers and duration', () => {
    const agenda = [
      { title: 'Accueil convivial', durationMin: 30, pinnedStart: '09:00' },
      {
        title: "Les éléments clés de l'impact collectif",
        durationMin: 20,
        speakers: 'Scop Accolades',
      },
      { title: 'Conclusion', durationMin: 10, prompt: 'Quels sont vos prochains petits pas ?' },
    ].map((s, i) => sequenceSchema.parse({ id: `s${i}`, kind: 'autre', ...s }));
    const model = agendaDocument(gennevilliersSession({ agenda }), t, 'fr');
    expect(column(model, 0)).toEqual(['9h00', '9h30', '9h50']);
    expect(tableOf(model).rows[1]![1]!.runs.map((r) => r.text)).toEqual([
      'Les éléments clés de l’impact collectif',
      'Scop Accolades',
    ]);
    expect(tableOf(model).rows[2]![1]!.runs[1]).toMatchObject({
      text: 'Quels sont vos prochains petits pas\u202f?',
      italic: true,
      breakBefore: true,
    });
    expect(column(model, 2)).toEqual(['30\u00a0min', '20\u00a0min', '10\u00a0min']);
  });
});
