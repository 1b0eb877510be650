import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/contract';
import { findDuplicates } from '../../../shared/participants/findDuplicates';
import { findSecondRegistrations } from '../../../shared/participants/sameOrganisation';
import { guessMapping } from '../../../shared/participants/columnHeaders';
import type { ColumnMapping } from '../../../shared/participants/registrationTable';
import { rowsToParticipants } from '../../../shared/participants/rowsToParticipants';
import { fail, ok } from '../../../shared/result';
import { gennevilliersSession, participant } from '../../../shared/testing/sampleSession';
import { renderWithSession } from '../../testing/renderWithSession';
import { ImportDialog } from './ImportDialog';

const headers = ['Nom', 'Prénom', 'Structure', 'Collège', 'Courriel', 'Fonction'];
const rows = [
  [
    'Benali',
    'Aïcha',
    'Mairie de Gennevilliers',
    'Collectivité',
    'a.benali@ville-gennevilliers.fr',
    'Élue',
  ],
  ['Da Silva', 'Maëlle', 'CAF des Hauts-de-Seine', 'État', 'maelle.dasilva@caf.fr', 'Conseillère'],
  ['Œillet', 'François', 'Conseil citoyen', 'Habitant', 'francois.oeillet@courriel', ''],
  ['DA SILVA', 'Maelle', 'CAF des Hauts-de-Seine', 'Etat', '', 'Conseillère'],
  ['Hamon', 'Bérénice', 'Cité éducative', 'Association', 'b.hamon@cite-educative.fr', ''],
].map((cells, index) => ({ line: index + 2, cells }));

/** What the Node side answers, made with the same pipeline from an in-memory table. */
function previewOf(
  mapping: ColumnMapping | null,
  existing = gennevilliersSession().participants,
  { onePerOrganisation = false } = {},
) {
  const used = mapping ?? guessMapping(headers);
  let id = 0;
  const result = rowsToParticipants({ headers, rows }, used, {
    roles: gennevilliersSession().options.roles,
    now: '2025-02-04T08:00:00.000Z',
    newId: () => `n${(id += 1)}`,
  });
  const preview: ImportPreview = {
    fileName: 'inscrits-gennevilliers.csv',
    encoding: 'windows-1252',
    separator: ';',
    sheetName: null,
    headerRow: 1,
    headers,
    mapping: Object.fromEntries(Object.entries(used)),
    rowCount: rows.length,
    sample: rows,
    participants: result.participants,
    lines: result.lines,
    errors: result.errors,
    duplicates: findDuplicates(result.participants, existing),
    secondRegistrations: [],
  };
  if (onePerOrganisation)
    preview.secondRegistrations = findSecondRegistrations(
      result.participants,
      existing,
      preview.duplicates,
    );
  return preview;
}

async function open(answer?: (input: { mapping: ColumnMapping | null }) => unknown) {
  const requests: { fileName: string; data: string; mapping: ColumnMapping | null }[] = [];
  const rendered = await renderWithSession(
    <ImportDialog onClose={() => {}} />,
    gennevilliersSession(),
    {
      'import.preview': async (input: {
        fileName: string;
        data: string;
        mapping: ColumnMapping | null;
      }) => {
        requests.push(input);
        return (answer?.(input) as never) ?? ok(previewOf(input.mapping));
      },
    },
  );
  return { ...rendered, requests };
}

const csv = (text: string, name = 'inscrits-gennevilliers.csv') =>
  new File([text], name, { type: 'text/csv' });

async function choose(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  await userEvent.upload(input, file);
}

const dialog = () => screen.getByRole('dialog', { name: 'Importer la liste des inscrits' });
const summary = () => within(dialog()).getAllByRole('status').at(-1)!.textContent;

describe('ImportDialog', () => {
  it('sends the file’s bytes, never a path, and shows how it was read', async () => {
    const { requests } = await open();
    await choose(csv('Nom;Prénom\nBenali;Aïcha\n'));
    expect(await within(dialog()).findByText('inscrits-gennevilliers.csv')).toBeTruthy();
    expect(requests[0]).toMatchObject({ fileName: 'inscrits-gennevilliers.csv', mapping: null });
    expect(atob(requests[0]!.data)).toBe(
      String.fromCharCode(...new TextEncoder().encode('Nom;Prénom\nBenali;Aïcha\n')),
    );
    expect(dialog().textContent).toContain(
      'texte Windows-1252 (Excel), séparateur point-virgule, en-têtes ligne 1. 5 lignes d’inscription.',
    );
    expect(dialog().textContent).toContain(
      'Ligne 4\u00a0: adresse e-mail invalide («\u00a0francois.oeillet@courriel\u00a0»)',
    );
  });

  it('asks again with the mapping the facilitator chose, taking the field from its old column', async () => {
    const { requests } = await open();
    await choose(csv('…'));
    const fonction = await screen.findByRole('combobox', { name: /Colonne «.Fonction.»/ });
    // « Collège » names the college; « Fonction » (a job title) is left out at first.
    expect(fonction).toHaveProperty('value', '');
    await userEvent.selectOptions(fonction, 'Collège');
    expect(requests.at(-1)?.mapping).toMatchObject({ 3: null, 5: 'role' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /Colonne «.Fonction.»/ }),
      'Remarques',
    );
    expect(requests.at(-1)?.mapping).toMatchObject({ 3: null, 5: 'notes' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /Colonne «.Courriel.»/ }),
      'Ne pas importer',
    );
    // Without the e-mail column, François Œillet’s row is read too.
    await within(dialog()).findByText('5 personnes lues');
    expect(summary()).toBe('3 personnes à ajouter · 1 fiche complétée.');
  });

  it('imports in one operation with the decisions taken, and one undo takes it all back', async () => {
    const { current, controller } = await open();
    await choose(csv('…'));
    const second = await screen.findByRole('group', { name: /^Ligne 5\u00a0: Maelle DA SILVA/ });
    expect(second.textContent).toContain('Même personne que la ligne 3');
    // Aïcha Benali is already in the session: her record gets the e-mail it lacked.
    expect(summary()).toBe('2 personnes à ajouter · 1 fiche complétée · 1 ligne non lue.');
    await userEvent.click(
      within(second).getByRole('radio', { name: /Ajouter comme une autre personne/ }),
    );
    expect(summary()).toBe('3 personnes à ajouter · 1 fiche complétée · 1 ligne non lue.');
    await userEvent.click(screen.getByRole('button', { name: 'Importer 3 personnes' }));
    expect(current().participants.map((p) => p.lastName)).toEqual([
      'Benali',
      'Lefèvre',
      'N’Diaye',
      'Da Silva',
      'DA SILVA',
      'Hamon',
    ]);
    expect(current().participants[0]?.email).toBe('a.benali@ville-gennevilliers.fr');
    expect(document.body.textContent).toContain('3 personnes ajoutées, 1 fiche complétée.');
    controller.undo();
    expect(current().participants).toEqual(gennevilliersSession().participants);
  });

  it('completes people already in the session instead of adding them again', async () => {
    const existing = [
      participant('p1', 'Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'),
    ];
    const { current } = await open((input) => ok(previewOf(input.mapping, existing)));
    await choose(csv('…'));
    const aicha = await screen.findByRole('group', { name: /^Ligne 2\u00a0: Aïcha Benali/ });
    expect(aicha.textContent).toContain('Déjà dans la séance\u00a0: Aïcha Benali');
    expect(summary()).toBe('2 personnes à ajouter · 1 fiche complétée · 1 ligne non lue.');
    await userEvent.click(screen.getByRole('button', { name: 'Importer 2 personnes' }));
    expect(current().participants[0]?.email).toBe('a.benali@ville-gennevilliers.fr');
    expect(current().participants).toHaveLength(5);
  });

  it('skips every duplicate at once', async () => {
    const existing = [
      participant('p1', 'Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'),
    ];
    await open((input) => ok(previewOf(input.mapping, existing)));
    await choose(csv('…'));
    await userEvent.click(await screen.findByRole('button', { name: 'Ignorer' }));
    expect(summary()).toBe(
      '2 personnes à ajouter · aucune fiche complétée · 2 doublons ignorés · 1 ligne non lue.',
    );
  });

  it('with one registration per organisation, flags a second person and lets it be left out', async () => {
    const existing = [
      participant('p1', 'Benali', 'Aïcha', 'Mairie de Gennevilliers', 'Collectivité'),
      participant('p2', 'Marchand', 'Chloé', 'CAF des Hauts-de-Seine', 'État'),
    ];
    const { current } = await open((input) =>
      ok(previewOf(input.mapping, existing, { onePerOrganisation: true })),
    );
    await choose(csv('…'));
    const section = await screen.findByRole('region', {
      name: '1 personne d’une organisation déjà inscrite',
    });
    const maelle = within(section).getByRole('group', { name: /^Ligne 3\u00a0: Maëlle Da Silva/ });
    expect(maelle.textContent).toContain(
      'Deuxième inscription pour CAF des Hauts-de-Seine (déjà inscrit·e\u00a0: Chloé Marchand).',
    );
    // Aïcha Benali’s row is Aïcha herself, not a second registration of her commune.
    expect(within(section).queryByText(/Aïcha/)).toBeNull();
    expect(within(maelle).getByRole('radio', { name: 'Importer quand même' })).toHaveProperty(
      'checked',
      true,
    );
    expect(summary()).toBe('2 personnes à ajouter · 1 fiche complétée · 1 ligne non lue.');

    await userEvent.click(within(maelle).getByRole('radio', { name: 'Ne pas importer' }));
    expect(summary()).toBe(
      '1 personne à ajouter · 1 fiche complétée · 1 inscription en trop écartée · 1 ligne non lue.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Importer 1 personne' }));
    // Maëlle Da Silva is left out, and so is her second row, merged into her.
    expect(current().participants.map((p) => p.lastName)).toEqual([
      'Benali',
      'Lefèvre',
      'N’Diaye',
      'Hamon',
    ]);
  });

  it('says in French why a file is refused, and imports nothing', async () => {
    const { current } = await open(() => fail('import.notATable', { reason: 'png' }));
    await choose(csv('\u0089PNG', 'photo.csv'));
    expect((await within(dialog()).findByRole('alert')).textContent).toBe(
      'Ce fichier n’est pas un tableau d’inscrits lisible. Choisissez un fichier CSV ou Excel (.xlsx). Rien n’a été importé.',
    );
    expect(within(dialog()).queryByRole('button', { name: /^Importer/ })).toBeNull();
    expect(current().participants).toHaveLength(3);
  });

  it('refuses a file too large for a registration list without sending it', async () => {
    const { requests } = await open();
    const big = csv('Nom\n');
    Object.defineProperty(big, 'size', { value: 25 * 1024 * 1024 });
    await choose(big);
    expect(within(dialog()).getByRole('alert').textContent).toBe(
      'Ce fichier est trop volumineux pour une liste d’inscrits (25\u00a0Mo, 20\u00a0Mo au plus). Rien n’a été importé.',
    );
    expect(requests).toEqual([]);
  });
});
