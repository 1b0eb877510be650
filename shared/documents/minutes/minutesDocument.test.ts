import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/t';
import type { Session } from '../../model/session';
import {
  gennevilliersHalfDay,
  remarkableNotes,
  SAMPLE_TIME_ZONE,
} from '../../testing/gennevilliersHalfDay';
import type { Block, DocumentModel } from '../documentModel';
import { minutesDocument, outline } from './minutesDocument';
import { defaultMinutesOptions, type MinutesOptions } from './minutesOptions';

const t = createTranslator('fr', { strict: true });
const sample = gennevilliersHalfDay();

function minutes(session: Session = sample, change: (o: MinutesOptions) => void = () => {}) {
  const options = structuredClone(defaultMinutesOptions);
  change(options);
  return minutesDocument(session, { t, locale: 'fr', options, timeZone: SAMPLE_TIME_ZONE });
}

const h1 = (model: DocumentModel) =>
  outline(model)
    .filter((e) => e.level === 1)
    .map((e) => e.text);
type Table = Extract<Block, { kind: 'table' }>;
const cellText = (table: Table, row: number, column: number) =>
  table.rows[row]![column]!.runs.map((r) => r.text).join('\n');
/** Every word the document shows, for searching. */
function allText(model: DocumentModel): string {
  return model.blocks
    .flatMap((b) => {
      switch (b.kind) {
        case 'title':
        case 'heading':
          return [b.text];
        case 'paragraph':
          return b.runs.map((r) => r.text);
        case 'bullets':
          return b.items.flat().map((r) => r.text);
        case 'table':
          return [
            ...b.columns.map((c) => c.header),
            ...b.rows.flat().flatMap((c) => c.runs.map((r) => r.text)),
          ];
        case 'image':
          return [b.caption];
        case 'wordCloud':
          return [b.caption, ...b.words.map((w) => w.text)];
        default:
          return [];
      }
    })
    .join('\n');
}
/** The blocks after a heading, up to the next heading of the same level or above. */
function section(model: DocumentModel, title: string): Block[] {
  const start = model.blocks.findIndex((b) => b.kind === 'heading' && b.text === title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const level = (model.blocks[start] as { level: number }).level;
  const end = model.blocks.findIndex(
    (b, i) => i > start && b.kind === 'heading' && b.level <= level,
  );
  return model.blocks.slice(start + 1, end === -1 ? undefined : end);
}

describe('the minutes of the Gennevilliers half-day', () => {
  it('have a cover, then the summary, the agenda as it ran, a chapter per sequence with content, the next steps and the annex', () => {
    const model = minutes();
    expect(model.hasCover).toBe(true);
    expect(model.blocks.find((b) => b.kind === 'title')).toEqual({
      kind: 'title',
      text: 'Renforcer les coopérations éducatives\u00a0: la démarche impact collectif',
    });
    expect(h1(model)).toEqual([
      'Synthèse',
      'Déroulé de la séance',
      'Introduction et interconnaissance',
      'Exploration des 5 composantes de l’impact collectif — Temps#1',
      'Conclusion',
      'Tous les prochains petits pas',
      'Annexe\u00a0: liste des participants',
    ]);
    expect(model.footer).toBe('Compte-rendu — Mardi 4 février 2025');
  });

  it('count who came by college, and the agenda shows planned and actual times in French', () => {
    const model = minutes();
    const byRole = section(model, 'Participants par collège').find(
      (b) => b.kind === 'table',
    ) as Table;
    expect(byRole.rows.map((_, i) => cellText(byRole, i, 0))).toEqual([
      'État',
      'Collectivité',
      'Association',
      'Habitant',
      'Entreprise',
      'Total',
    ]);
    expect(cellText(byRole, 5, 1)).toBe('57');
    const agenda = section(model, 'Déroulé de la séance').find((b) => b.kind === 'table') as Table;
    expect(agenda.rows[0]!.map((c) => c.runs.map((r) => r.text).join(''))).toEqual([
      'Accueil convivial',
      '9h00',
      '30\u00a0min',
      '9h00',
      '34\u00a0min',
      '+4\u00a0min',
    ]);
  });

  it('list the notes of each column, most voted first, with their votes and their table', () => {
    const model = minutes();
    const vision = section(model, 'Vision commune (126\u00a0votes)');
    const list = vision.find((b) => b.kind === 'bullets')!;
    expect(list.items).toHaveLength(30);
    // Each note, then « — Table n », then « · n votes » when it has any (no line break inside).
    const lines = list.items.map((runs) =>
      runs.map((r) => r.text.replace(/\u00a0/g, ' ')).join(''),
    );
    const votes = lines.map((line) => Number(/ · (\d+) votes?$/.exec(line)?.[1] ?? 0));
    expect(votes).toEqual([...votes].sort((a, b) => b - a));
    expect(votes.reduce((a, b) => a + b, 0)).toBe(126);
    expect(lines.every((line) => / — Table \d+( · \d+ votes?)?$/.test(line))).toBe(true);
    expect(lines.filter((line) => !line.includes(' vote'))).toHaveLength(
      votes.filter((v) => v === 0).length,
    );
    // The order of the board's columns is kept.
    const components = outline(model)
      .filter((e) => e.level === 3)
      .map((e) => e.text.replace(/ \(.*/, ''));
    expect(components).toEqual([
      'Vision commune',
      'Mesure partagée',
      'Actions qui se renforcent mutuellement',
      'Communication continue',
      'Structure de soutien',
    ]);
  });

  it('draw the keywords as a cloud and count them, spellings folded together', () => {
    const model = minutes();
    const blocks = section(model, 'Les mots-clés de la coopération');
    const cloud = blocks.find((b) => b.kind === 'wordCloud')!;
    expect(cloud.words[0]).toEqual({ text: 'Confiance', weight: 5 });
    const table = blocks.find((b) => b.kind === 'table') as Table;
    expect(cellText(table, 0, 0)).toBe('Confiance');
    expect(cellText(table, 0, 2)).toBe('Confiance (3), confiance (2)');
    expect(table.rows).toHaveLength(cloud.words.length);
  });

  it('show the groups of each round, table hosts first, and the photos turned as taken', () => {
    const model = minutes();
    const tables = section(model, 'Tables des 5 composantes');
    expect(tables.filter((b) => b.kind === 'table')).toHaveLength(2);
    const first = tables.find((b) => b.kind === 'table') as Table;
    // The host comes first in each table, marked.
    const [host, mark] = first.rows[0]![1]!.runs.map((r) => r.text);
    expect(mark).toBe(' (hôte)');
    expect(host).not.toMatch(/^ · /);
    const photos = model.blocks.filter((b) => b.kind === 'image');
    expect(photos.map((p) => [p.caption.slice(0, 8), p.rotation])).toEqual([
      ['Photo 1 ', 0],
      ['Photo 2 ', 90],
      ['Photo 3 ', 0],
    ]);
    // Turned a quarter, the 4:3 photo stands in portrait within the page.
    expect(photos[1]!.heightMm).toBeGreaterThan(photos[1]!.widthMm);
    expect(photos.every((p) => p.widthMm <= 160 && p.heightMm <= 150)).toBe(true);
  });

  it('keep every word typed, typographically French, whatever the script', () => {
    const text = allText(minutes());
    expect(text).toContain(remarkableNotes.long.replace(/'/g, '’').replace(' :', '\u00a0:'));
    expect(text).toContain('Œuvrer avec les parents 🤝 — «\u00a0كلنا معا\u00a0»');
    expect(text).toContain('Dépasser la logique de guichet\u00a0: l’enfant au centre');
    expect(text).toContain('Comment mesurer la confiance entre acteurs\u202f?');
    expect(text).not.toMatch(/ [:;!?]/);
  });

  it('leave out each part switched off', () => {
    const model = minutes(sample, (o) => {
      o.parts.cover = false;
      o.parts.agenda = false;
      o.parts.participants = false;
      o.chapter.groups = false;
      o.chapter.photos = false;
    });
    expect(model.hasCover).toBe(false);
    expect(h1(model)).not.toContain('Déroulé de la séance');
    expect(h1(model)).not.toContain('Annexe\u00a0: liste des participants');
    expect(outline(model).map((e) => e.text)).not.toContain('Tables des 5 composantes');
    expect(model.blocks.some((b) => b.kind === 'image')).toBe(false);
    // Without a cover the title still opens the document.
    expect(model.blocks[1]).toMatchObject({ kind: 'title' });
    const onlySteps = minutes(sample, (o) => {
      for (const part of Object.keys(o.chapter) as (keyof typeof o.chapter)[])
        o.chapter[part] = false;
      o.chapter.steps = true;
    });
    expect(h1(onlySteps)).toContain('Conclusion');
    expect(h1(onlySteps)).not.toContain('Introduction et interconnaissance');
  });

  it('anonymised, name nobody: the annex counts people by organisation, groups say where people come from', () => {
    const model = minutes(sample, (o) => (o.anonymise = true));
    const text = allText(model);
    for (const p of sample.participants) expect(text).not.toContain(`${p.firstName} ${p.lastName}`);
    const annex = section(model, 'Annexe\u00a0: participants par structure').find(
      (b) => b.kind === 'table',
    ) as Table;
    const counts = annex.rows.slice(0, -1).map((_, i) => Number(cellText(annex, i, 2)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(57);
    expect(cellText(annex, annex.rows.length - 1, 2)).toBe('57');
    const groups = section(
      model,
      'Groupes d’interconnaissance (5 personnes qui ne se connaissent pas)',
    );
    expect(groups.find((b) => b.kind === 'table')).toMatchObject({
      columns: [{ header: 'Groupe' }, { header: 'Composition' }, { header: 'Nombre' }],
    });
    // A next step owned by a participant names her organisation instead.
    const owner = sample.participants.find((p) => p.id === sample.actions[1]!.ownerParticipantId)!;
    expect(text).not.toContain(owner.lastName);
  });

  it('put what no sequence holds in a last chapter, and say when nothing was captured', () => {
    const loose = {
      ...sample,
      boards: [
        ...sample.boards,
        { ...sample.boards[1]!, id: 'libre', sequenceId: null, title: 'Idées en vrac' },
      ],
      notes: [
        ...sample.notes,
        { ...sample.notes[30]!, id: 'vrac1', boardId: 'libre', columnId: null },
      ],
    };
    expect(h1(minutes(loose))).toContain('Autres contributions');
    const empty = minutes({ ...sample, notes: [], groupings: [], media: [], actions: [] });
    expect(allText(empty)).toContain('Aucune contribution n’a été saisie pendant la séance.');
    expect(allText(empty)).toContain('Aucun prochain petit pas n’a été noté.');
  });
});
