/**
 * The Gennevilliers half-day of 4 February 2025 as it ran, for the minutes' tests, the e2e and
 * the benchmark: the programme of the template, 60 people (57 came, 3 of them without
 * registering), interconnaissance groups and two rounds of tables, the keywords of the room,
 * 150 notes on the 5 components of collective impact with dot votes, next steps, 3 photos.
 * Pure data; the photos' files are made by the tests that need them (samplePhotos.ts).
 */
import template from '../../resources/templates/seminaire-demi-journee.json' with { type: 'json' };
import { generateRegistrants } from '../../tests/fixtures/imports/registrants';
import type { Action } from '../model/actions';
import type { Board, Note } from '../model/boards';
import type { Grouping } from '../model/groupings';
import type { Media } from '../model/media';
import type { Participant } from '../model/participants';
import { sessionSchema, type Session } from '../model/session';
import { instantiateTemplate, templateSchema } from '../model/template';

export const SAMPLE_ID = 'gennevilliers-2025-02-04';
/** Paris is at UTC+1 in February. */
export const SAMPLE_TIME_ZONE = 'Europe/Paris';

const at = (clock: string) => `2025-02-04T${clock}:00.000Z`;
/** A wall-clock time in Paris on the day, as an instant. */
const paris = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return at(`${String(h! - 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
};

/** When each sequence really started and ended (Paris time): the morning ran a little late. */
const actualTimes: [string, string][] = [
  ['09:00', '09:34'],
  ['09:34', '10:06'],
  ['10:06', '10:29'],
  ['10:29', '11:21'],
  ['11:21', '11:33'],
  ['11:33', '11:58'],
  ['11:58', '12:31'],
  ['12:31', '12:40'],
];

export const sequenceIds = [
  'accueil',
  'interconnaissance',
  'elements-cles',
  'temps-1',
  'pause',
  'temps-2',
  'temoignages',
  'conclusion',
] as const;

export const components = [
  ['vision', 'Vision commune'],
  ['mesure', 'Mesure partagée'],
  ['actions', 'Actions qui se renforcent mutuellement'],
  ['communication', 'Communication continue'],
  ['structure', 'Structure de soutien'],
] as const;

/** Ideas heard at the tables, per component; each table writes its own version of some. */
const ideas: Record<(typeof components)[number][0], string[]> = {
  vision: [
    'Partir des besoins des familles plutôt que des dispositifs',
    'Une vision partagée de la réussite éducative à l’échelle du quartier',
    'Écrire ensemble ce qu’on veut voir changer d’ici 5 ans',
    'Associer les parents dès le diagnostic, pas seulement à la restitution',
    'Un objectif commun lisible par les habitants : « aucun enfant sans solution »',
    "Dépasser la logique de guichet : l'enfant au centre",
    'Faire de la cité éducative un projet de territoire et pas un label',
    'Se mettre d’accord sur les mots : coopération, partenariat, coordination ?',
  ],
  mesure: [
    'Des indicateurs simples partagés par tous les partenaires',
    'Mesurer ce qui compte pour les jeunes, pas seulement ce qui est facile à compter',
    'Un tableau de bord commun État – Ville – associations',
    'Croiser les données de l’Éducation nationale et de la CAF',
    'Comment mesurer la confiance entre acteurs ?',
    'Évaluer chemin faisant, avec des temps de bilan réguliers',
    'Partager les chiffres de décrochage scolaire par quartier',
  ],
  actions: [
    'Cartographier qui fait quoi sur le quartier',
    'Éviter les doublons entre le PRE et les actions de la cité éducative',
    'Des actions passerelles entre l’école et le centre social',
    'Mutualiser les locaux le mercredi après-midi',
    'Coordonner les calendriers : une réunion commune par trimestre',
    'S’appuyer sur les associations sportives pour toucher les ados',
    'Un accompagnement à la scolarité commun aux trois collèges',
  ],
  communication: [
    'Une lettre d’information trimestrielle pour tous les partenaires',
    'Des temps informels pour se connaître : petits-déjeuners de partenaires',
    'Un annuaire partagé des acteurs éducatifs',
    'Communiquer aussi vers les habitants, dans plusieurs langues',
    'Faire circuler les comptes-rendus rapidement après chaque instance',
    'Oser dire ce qui ne marche pas !',
    'Un canal unique plutôt que dix listes de diffusion',
  ],
  structure: [
    'Une coordination dédiée, avec du temps réellement financé',
    'Un trinôme État – collectivité – association pour piloter',
    'Une fonction d’animation du réseau reconnue par tous',
    'Des financements pluriannuels pour sécuriser la coordination',
    'S’appuyer sur le Pôle ressources pour l’ingénierie',
    'Clarifier qui décide et comment',
    'Former les coordinateurs à l’animation de la coopération',
  ],
};

const keywords = [
  'Confiance',
  'Écoute',
  'confiance',
  'Réseau',
  'Temps',
  'Confiance',
  'Réseaux',
  'Envie',
  'Écoute',
  'Bienveillance',
  'Objectif commun',
  'confiance',
  'Humilité',
  'Temps',
  'Ouverture',
  'Engagement',
  'Confiance',
  'Écoute',
  'Proximité',
  'Objectif commun',
  'Transversalité',
  'Convivialité',
  'Réciprocité',
  'Cœur',
];

/** Notes that test what a document must survive, placed among the others. */
export const remarkableNotes = {
  long: "Nous avons constaté que les familles les plus éloignées des institutions ne viennent ni aux réunions de parents ni aux permanences, et qu'il faut donc aller vers elles : en bas des immeubles, à la sortie de l’école, au marché du samedi, avec des professionnels qui parlent leur langue et qui ont du temps pour écouter sans rien attendre en retour. Cela suppose de reconnaître ce travail dans les fiches de poste, de le financer dans la durée et de l’évaluer autrement qu’en nombre de rendez-vous, sinon il restera la variable d’ajustement de tous les projets.",
  unicode:
    'Œuvrer avec les parents 🤝 — « كلنا معا » (tous ensemble) dit l’affiche du centre social',
} as const;

export function gennevilliersHalfDay(): Session {
  const parsedTemplate = templateSchema.parse(template);
  let sequenceIndex = 0;
  const base = instantiateTemplate(parsedTemplate, {
    id: SAMPLE_ID,
    now: at('07:30'),
    newId: () => sequenceIds[sequenceIndex++]!,
    header: { date: '2025-02-04', facilitators: ['Scop Accolades', 'Pôle ressources'] },
  });
  const agenda = base.agenda.map((sequence, index) => ({
    ...sequence,
    actualStart: paris(actualTimes[index]![0]),
    actualEnd: paris(actualTimes[index]![1]),
  }));

  const participants = makeParticipants();
  const present = participants.filter((p) => p.attendance === 'present');
  const groupings = makeGroupings(present);
  const { boards, notes } = makeBoards(groupings);
  return sessionSchema.parse({
    ...base,
    modifiedAt: at('11:45'),
    agenda,
    participants,
    groupings,
    boards,
    notes,
    actions: makeActions(participants),
    media: samplePhotoMedia,
  });
}

function makeParticipants(): Participant[] {
  return generateRegistrants(60).map((r, index) => {
    const attendance =
      index === 7 || index === 33 ? 'absent' : index === 41 ? 'excused' : 'present';
    return {
      id: `p${String(index + 1).padStart(2, '0')}`,
      lastName: r.lastName,
      firstName: r.firstName,
      organisation: r.organisation,
      role: r.role,
      territory: r.territory,
      email: r.email,
      tags: [],
      notes: r.notes,
      attendance,
      isWalkIn: index >= 57,
      createdAt: index >= 57 ? paris('09:20') : '2025-01-20T10:00:00.000Z',
    };
  });
}

function makeGroupings(present: Participant[]): Grouping[] {
  const chunk = (ids: string[], groups: number) =>
    Array.from({ length: groups }, (_, g) => ids.filter((_, i) => i % groups === g));
  const ids = present.map((p) => p.id);
  const interconnaissance: Grouping = {
    id: 'groupes-interconnaissance',
    sequenceId: 'interconnaissance',
    name: 'Groupes d’interconnaissance (5 personnes qui ne se connaissent pas)',
    strategy: 'mixed',
    params: { size: 5 },
    rounds: [
      {
        groups: chunk(ids, 12).map((memberIds, g) => ({
          id: `gi${g + 1}`,
          name: `Groupe ${g + 1}`,
          color: '',
          memberIds,
          hostId: null,
          isLocked: false,
          lockedMemberIds: [],
        })),
      },
    ],
    createdAt: paris('09:30'),
  };
  // Two rounds of 10 tables; each table's host stays, the others move on.
  const tables = chunk(ids, 10);
  const hosts = tables.map((members) => members[0]!);
  const movers = ids.filter((id) => !hosts.includes(id));
  const round = (shift: number) =>
    tables.map((_, t) => ({
      // A table keeps its id from round to round (see shared/model/groupings.ts).
      id: `t${t + 1}`,
      name: `Table ${t + 1}`,
      color: '',
      memberIds: [hosts[t]!, ...movers.filter((_, i) => (i + shift * 3) % 10 === t)],
      hostId: hosts[t]!,
      isLocked: false,
      lockedMemberIds: [],
    }));
  const tablesGrouping: Grouping = {
    id: 'tables-composantes',
    sequenceId: 'temps-1',
    name: 'Tables des 5 composantes',
    strategy: 'rotation',
    params: { tables: 10, rounds: 2 },
    rounds: [{ groups: round(0) }, { groups: round(1) }],
    createdAt: paris('10:25'),
  };
  return [interconnaissance, tablesGrouping];
}

function makeBoards(groupings: Grouping[]): { boards: Board[]; notes: Note[] } {
  const keywordBoard: Board = {
    id: 'mots-cles',
    sequenceId: 'interconnaissance',
    title: 'Les mots-clés de la coopération',
    prompt: 'Un mot-clé qui résume ce qui rend la coopération possible',
    mode: 'keywords',
    columns: [],
    groups: [],
    voting: null,
    createdAt: paris('09:35'),
  };
  const componentsBoard: Board = {
    id: 'composantes',
    sequenceId: 'temps-1',
    title: 'Les 5 composantes de l’impact collectif',
    prompt: 'Où en est la coopération sur votre territoire, composante par composante ?',
    mode: 'columns',
    columns: components.map(([id, title]) => ({ id, title, color: '' })),
    groups: Array.from({ length: 10 }, (_, i) => `Table ${i + 1}`),
    voting: { dots: 3, per: 'person' },
    createdAt: paris('10:30'),
  };
  const groupNames = groupings[0]!.rounds[0]!.groups.map((g) => g.name);
  const notes: Note[] = keywords.map((text, i) => ({
    id: `mc${i + 1}`,
    boardId: keywordBoard.id,
    text,
    color: '',
    group: groupNames[i % groupNames.length]!,
    author: null,
    columnId: null,
    votes: 0,
    votesBy: {},
    merged: [],
    createdAt: paris(`09:${String(40 + Math.floor(i / 2)).padStart(2, '0')}`),
  }));
  // 150 notes: 30 per component, written by the 10 tables; votes from 3 dots per person.
  let n = 0;
  for (const [column] of components) {
    const pool = ideas[column];
    for (let k = 0; k < 30; k += 1) {
      n += 1;
      const table = `Table ${(k % 10) + 1}`;
      const idea = pool[k % pool.length]!;
      const text =
        column === 'actions' && k === 11
          ? remarkableNotes.long
          : column === 'communication' && k === 9
            ? remarkableNotes.unicode
            : k < pool.length
              ? idea
              : `${idea} (${table})`;
      notes.push({
        id: `n${n}`,
        boardId: componentsBoard.id,
        text,
        color: '',
        group: table,
        author: null,
        columnId: column,
        // Dots counted on the wall, without the voter's name.
        votes: (n * 7) % 11 === 0 ? 0 : ((n * 13) % 9) + (k < 3 ? 6 : 0),
        votesBy: {},
        merged: [],
        createdAt: paris(`10:${String(35 + Math.floor(k / 2)).padStart(2, '0')}`),
      });
    }
  }
  return { boards: [keywordBoard, componentsBoard], notes };
}

function makeActions(participants: Participant[]): Action[] {
  const steps: [string, string, string | null, string | null, Participant | null][] = [
    [
      'Réunir le trinôme État – Ville – association pour écrire la vision commune',
      'Ville de Gennevilliers',
      '2025-03-14',
      'Table 1',
      null,
    ],
    [
      'Partager l’annuaire des acteurs éducatifs du quartier',
      '',
      '2025-02-28',
      'Table 4',
      participants[2]!,
    ],
    [
      'Proposer trois indicateurs communs au prochain comité de pilotage',
      'Cité éducative de Gennevilliers',
      '2025-04-01',
      'Table 2',
      null,
    ],
    [
      'Organiser un petit-déjeuner des partenaires au centre social',
      'Centre social Les Oliviers',
      '2025-03-07',
      'Table 7',
      null,
    ],
    [
      'Envoyer le compte-rendu et les photos des paperboards à tous les participants',
      'Pôle ressources',
      '2025-02-05',
      null,
      null,
    ],
    [
      'Identifier les personnes ressources à mobiliser dans chaque collège',
      '',
      '2025-03-21',
      'Table 9',
      participants[10]!,
    ],
    [
      'Tester un accompagnement à la scolarité commun aux trois collèges',
      'Ville de Nanterre',
      '2025-09-01',
      'Table 5',
      null,
    ],
    [
      'Demander un financement pluriannuel de la coordination',
      'Préfecture des Hauts-de-Seine',
      null,
      'Table 3',
      null,
    ],
  ];
  return steps.map(([text, owner, due, group, person], i) => ({
    id: `a${i + 1}`,
    sequenceId: i < 2 ? 'temps-1' : 'conclusion',
    text,
    owner,
    ownerParticipantId: person?.id ?? null,
    due,
    group,
    status: i === 4 ? 'done' : 'open',
    carriedFrom: null,
    reviewedAt: null,
    createdAt: paris(i < 2 ? `11:${10 + i}` : `12:${32 + i}`),
  }));
}

/** The three photos of flipcharts; their files are written by `writeSamplePhotos`. */
export const samplePhotoMedia: Media[] = [
  {
    id: 'photo-vision',
    sequenceId: 'temps-1',
    boardId: 'composantes',
    file: 'paperboard-vision-commune.jpg',
    displayFile: null,
    mime: 'image/jpeg',
    caption: 'Le paperboard de la table 1 : vision commune et mesure partagée',
    rotation: 0,
    width: 960,
    height: 720,
    createdAt: paris('11:15'),
  },
  {
    id: 'photo-structure',
    sequenceId: 'temps-1',
    boardId: null,
    file: 'paperboard-structure.jpg',
    displayFile: null,
    mime: 'image/jpeg',
    caption: 'Structure de soutien : photo prise en portrait, redressée',
    rotation: 90,
    width: 960,
    height: 720,
    createdAt: paris('11:18'),
  },
  {
    id: 'photo-petits-pas',
    sequenceId: 'conclusion',
    boardId: null,
    file: 'mur-des-petits-pas.jpg',
    displayFile: null,
    mime: 'image/jpeg',
    caption: 'Le mur des prochains petits pas',
    rotation: 0,
    width: 720,
    height: 960,
    createdAt: paris('12:38'),
  },
];
