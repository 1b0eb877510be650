/**
 * Which participant field a column feeds, guessed from its header, accent- and case-insensitively.
 *
 * Header names come from what facilitators receive. Sources, read in public code that handles
 * real files (no export could be downloaded here, so lists marked « likely » were not checked
 * against a file of that tool):
 * - hand-made Excel lists: Nom, Prénom, Structure, Organisme, Collège, Courriel, Commune…;
 * - HelloAsso: « Nom participant », « Prénom participant », the payer's « Nom payeur »,
 *   « Prénom payeur », « Email payeur », « Nom adhérent »/« Prénom adhérent » for memberships,
 *   « Référence commande », « Statut de la commande » (import scripts of associations);
 * - Eventbrite attendee reports: « Order # », « Order Date », « First Name », « Last Name »,
 *   « Email », « Quantity », « Ticket Type », « Attendee # », « Attendee Status », « Job Title »,
 *   « Company », « Home City » (scripts and a header validator reading real reports);
 * - ticketing exports such as Weezevent's (likely): « Nom », « Prénom », « Email », « Société »,
 *   and the buyer's « Nom acheteur », « Prénom acheteur », « Email acheteur », « Code barres »;
 * - Google Forms response sheets: « Horodateur » (en: « Timestamp »), « Adresse e-mail » when
 *   e-mails are collected, then the questions' titles;
 * - Microsoft Forms (French tenant): « ID », « Heure de début », « Heure de fin », « Adresse de
 *   messagerie », « Nom », « Heure de la dernière modification », then the questions (a test
 *   copying a real export's headers); en: « Start time », « Completion time », « Email »,
 *   « Name », « Last modified time ». « Nom »/« Name » there is the respondent's account name,
 *   i.e. a full name: see `guessMapping`;
 * - Framaforms, which runs Drupal Webform (likely): a form-title block, then « Serial », « SID »,
 *   « Time », « Draft », « IP Address », « UID », « Username » and the questions' labels.
 * Question titles vary (« Votre nom », « Nom de votre structure »), so words inside a header are
 * also recognised, after the exact names.
 */
import { foldWords } from '../util/foldText';
import type { ColumnMapping, ParticipantField } from './registrationTable';

/** How sure a guess is: an exact known name beats a word found inside a longer header. */
export type HeaderGuess = { field: ParticipantField; priority: number };

const exact: Record<string, HeaderGuess> = {};
function known(field: ParticipantField, priority: number, names: string[]): void {
  for (const name of names) exact[foldWords(name)] = { field, priority };
}

known('lastName', 10, ['Nom participant', 'Nom du participant', 'Nom de la participante']);
known('lastName', 9, ['Nom adhérent', 'Nom de l’adhérent', 'Nom inscrit', 'Attendee last name']);
known('lastName', 8, ['Nom', 'Nom de famille', 'Nom d’usage', 'Votre nom', 'Last name']);
known('lastName', 8, ['Lastname', 'Surname', 'Family name', 'Last Name (Attendee)']);
known('lastName', 3, ['Nom payeur', 'Nom acheteur', 'Nom de l’acheteur', 'Buyer last name']);
known('firstName', 10, ['Prénom participant', 'Prénom du participant']);
known('firstName', 9, ['Prénom adhérent', 'Prénom de l’adhérent', 'Attendee first name']);
known('firstName', 8, ['Prénom', 'Prénoms', 'Votre prénom', 'First name', 'Firstname']);
known('firstName', 8, ['Given name']);
known('firstName', 3, ['Prénom payeur', 'Prénom acheteur', 'Prénom de l’acheteur']);
known('fullName', 9, ['Nom complet', 'Nom et prénom', 'Prénom et nom', 'Nom prénom', 'Prénom nom']);
known('fullName', 9, ['Vos nom et prénom', 'Full name', 'Fullname']);
known('fullName', 8, ['Participant', 'Participante', 'Inscrit', 'Personne', 'Identité']);
known('fullName', 8, ['Name', 'Attendee name', 'Nom du contact', 'Contact']);
known('organisation', 9, ['Structure', 'Organisme', 'Organisation', 'Organization']);
known('organisation', 9, ['Collectivité', 'Employeur', 'Entreprise', 'Société', 'Company']);
known('organisation', 9, ['Établissement', 'Institution', 'Administration']);
known('organisation', 9, ['Structure / organisme', 'Nom de la structure', 'Votre structure']);
known('organisation', 9, ['Organisme d’appartenance']);
known('organisation', 8, ['Association', 'Service', 'Affiliation', 'Employer']);
known('organisation', 4, ['Facture - Société', 'Company name (billing)']);
known('role', 10, ['Collège', 'Rôle']);
known('role', 8, ['Vous êtes', 'Vous représentez', 'Profil', 'Type de structure', 'Catégorie']);
known('role', 8, ['Type d’acteur', 'Famille d’acteurs', 'Qualité', 'Category']);
known('role', 8, ['Stakeholder type']);
known('role', 6, ['Statut', 'Status']);
known('role', 4, ['Fonction', 'Poste', 'Job title', 'Position']);
known('territory', 9, ['Commune', 'Territoire', 'Ville', 'Town', 'City', 'Territory']);
known('territory', 8, ['Commune de résidence', 'Localité', 'Quartier', 'Home City', 'Département']);
known('territory', 3, ['Ville payeur', 'Ville acheteur', 'Facture - Ville']);
known('email', 10, ['Email participant', 'E-mail participant', 'Adresse e-mail du participant']);
known('email', 9, ['Email adhérent', 'Attendee email']);
known('email', 8, ['Email', 'E-mail', 'Mail', 'Courriel', 'Mél', 'Adresse e-mail']);
known('email', 8, ['Adresse email', 'Email Address']);
known('email', 8, ['Adresse mail', 'Adresse électronique', 'Adresse courriel', 'Email address']);
known('email', 8, ['E-mail address', 'Adresse de messagerie', 'Votre adresse e-mail']);
known('email', 3, ['Email payeur', 'Email acheteur', 'Email de l’acheteur']);
known('tags', 8, ['Tags', 'Tag', 'Étiquettes', 'Étiquette', 'Mots-clés', 'Labels', 'Keywords']);
known('notes', 8, ['Remarques', 'Remarque', 'Commentaires', 'Commentaire', 'Notes', 'Note']);
known('notes', 8, ['Observations', 'Informations complémentaires', 'Comments', 'Remarks']);
known('notes', 6, ['Besoins particuliers', 'Accessibilité', 'Régime alimentaire', 'Allergies']);

/**
 * Headers that feed no field but prove a row is a header row (a Google Forms timestamp, an
 * Eventbrite order number…). Counted by `headerScore`, never mapped.
 */
const recognisedOthers = new Set(
  [
    'Horodateur',
    'Timestamp',
    'Horodatage',
    'ID',
    'Heure de début',
    'Heure de fin',
    'Heure de la dernière modification',
    'Start time',
    'Completion time',
    'Last modified time',
    'Date',
    'Date d’inscription',
    'Date de la commande',
    'Référence commande',
    'Statut de la commande',
    'Tarif',
    'Montant tarif',
    'Montant',
    'Code Postal',
    'Pays',
    'Adresse',
    'Civilité',
    'Sexe',
    'Genre',
    'Téléphone',
    'Telephone',
    'Tél',
    'Portable',
    'Mobile',
    'Phone',
    'Mobile Phone',
    'Order #',
    'Attendee #',
    'Order Date',
    'Order Type',
    'Ticket Type',
    'Quantity',
    'Attendee Status',
    'Numéro de commande',
    'Numéro de billet',
    'Code barres',
    'Serial',
    'SID',
    'Time',
    'Draft',
    'IP Address',
    'Adresse IP',
    'UID',
    'Username',
    'Nom d’utilisateur',
    'Présent',
    'Présence',
    'Signature',
    'Émargement',
    'Date de naissance',
    'N°',
    'Numéro',
  ].map(foldWords),
);

type WordRule = { pattern: RegExp; guess: HeaderGuess };

/** Words inside longer headers, tried in order once no exact name matched. */
const wordRules: WordRule[] = [
  // Tried first: "Nom de la structure" names an organisation, not a person.
  {
    pattern:
      /\b(structure|organisme|organisation|organization|collectivite|employeur|entreprise|societe|company|etablissement|institution)\b/,
    guess: { field: 'organisation', priority: 5 },
  },
  {
    pattern: /\b(e ?mail|courriel|messagerie|mel|adresse electronique)\b/,
    guess: { field: 'email', priority: 5 },
  },
  { pattern: /\bcollege\b|\broles?\b/, guess: { field: 'role', priority: 5 } },
  {
    pattern: /\bnoms?\b.*\bprenoms?\b|\bprenoms?\b.*\bnoms?\b|\bfull ?name\b/,
    guess: { field: 'fullName', priority: 5 },
  },
  {
    pattern: /\bprenoms?\b|\bfirst ?name\b|\bgiven name\b/,
    guess: { field: 'firstName', priority: 5 },
  },
  {
    pattern: /\blast ?name\b|\bsurname\b|\bfamily name\b/,
    guess: { field: 'lastName', priority: 5 },
  },
  {
    // "Nom du tarif", "Nom de l'événement", "Nom d'utilisateur" are not people's names.
    pattern:
      /^(?!.*\b(tarif|evenement|event|formule|billet|ticket|utilisateur|user|fichier|equipe|groupe|atelier)\b).*\bnoms?\b/,
    guess: { field: 'lastName', priority: 5 },
  },
  {
    pattern: /\b(commune|territoire|ville|city|town|localite)\b/,
    guess: { field: 'territory', priority: 4 },
  },
  { pattern: /\b(tags?|etiquettes?|mots cles)\b/, guess: { field: 'tags', priority: 4 } },
  {
    pattern: /\b(remarques?|commentaires?|observations?|comments?|besoins?|allergies?)\b/,
    guess: { field: 'notes', priority: 4 },
  },
];

/** The field a header names, if any. */
export function guessHeader(header: string): HeaderGuess | null {
  const folded = foldWords(header);
  if (folded === '') return null;
  const known = exact[folded];
  if (known !== undefined) return known;
  if (recognisedOthers.has(folded)) return null;
  for (const rule of wordRules) if (rule.pattern.test(folded)) return rule.guess;
  return null;
}

/** How many cells of a row are known header names: a header row scores at least 2. */
export function headerScore(cells: readonly string[]): number {
  let score = 0;
  for (const cell of cells) {
    const folded = foldWords(cell);
    if (folded === '') continue;
    if (exact[folded] !== undefined || recognisedOthers.has(folded)) score += 1;
    else if (folded.length <= 60 && guessHeader(cell) !== null) score += 1;
  }
  return score;
}

/** Fields a person has once; the other fields (tags, notes) gather every column that feeds them. */
const singleFields: ReadonlySet<ParticipantField> = new Set([
  'lastName',
  'firstName',
  'fullName',
  'organisation',
  'role',
  'territory',
  'email',
]);

/**
 * A mapping for a header row. Each single-valued field goes to its best column (earliest on a
 * tie); weaker columns for the same field are left unmapped, so the payer's e-mail never
 * overrides the participant's.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const guesses = headers.map((header) => guessHeader(header));
  demoteFormsRespondentColumns(headers, guesses);
  const best = new Map<ParticipantField, number>();
  guesses.forEach((guess, index) => {
    if (guess === null || !singleFields.has(guess.field)) return;
    const current = best.get(guess.field);
    const currentGuess = current === undefined ? null : guesses[current];
    if (currentGuess == null || guess.priority > currentGuess.priority)
      best.set(guess.field, index);
  });
  const mapping: ColumnMapping = {};
  guesses.forEach((guess, index) => {
    if (guess === null) mapping[index] = null;
    else if (!singleFields.has(guess.field)) mapping[index] = guess.field;
    else mapping[index] = best.get(guess.field) === index ? guess.field : null;
  });
  return mapping;
}

/**
 * Microsoft Forms puts the respondent's account (e-mail, display name) before the questions. The
 * display name is a full name, and both lose to the form's own questions when it asks for them.
 */
function demoteFormsRespondentColumns(headers: readonly string[], guesses: (HeaderGuess | null)[]) {
  const folded = headers.map(foldWords);
  const start = folded.findIndex((h) => h === 'heure de debut' || h === 'start time');
  const end = folded.findIndex((h) => h === 'heure de fin' || h === 'completion time');
  if (start < 0 || end < 0) return;
  for (let index = end + 1; index < Math.min(folded.length, end + 3); index += 1) {
    const header = folded[index];
    if (header === 'nom' || header === 'name') guesses[index] = { field: 'fullName', priority: 2 };
    else if (guesses[index]?.field === 'email') guesses[index] = { field: 'email', priority: 2 };
  }
}
