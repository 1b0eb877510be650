/**
 * Maps the role text of a registration (« Etat », « Préfecture », « élue municipale ») to one of
 * the session's roles (colleges), accent- and case-insensitively.
 *
 * Decision for text that matches no role: it becomes « Autre » when the session has that role,
 * and the text itself is kept for the participant's notes (`keptText`), so the college stays one
 * of the configured ones and nothing typed by the person is lost. A session without « Autre » keeps
 * the text as the role, which the facilitator can then add to the roles or correct.
 */
import { foldWords } from '../util/foldText';

/** Words people write for the default colleges (see `defaultRoles`), folded. */
const synonyms: Record<string, readonly string[]> = {
  etat: [
    'etat',
    'l etat',
    'services de l etat',
    'service de l etat',
    'services deconcentres',
    'administration',
    'administration de l etat',
    'administration centrale',
    'ministere',
    'prefecture',
    'sous prefecture',
    'prefet',
    'prefete',
    'ddets',
    'ddetspp',
    'ddt',
    'ddtm',
    'dreal',
    'dreets',
    'drac',
    'draaf',
    'ars',
    'education nationale',
    'rectorat',
    'dsden',
    'operateur de l etat',
    'fonction publique d etat',
    'state',
    'government',
    'central government',
    'public administration',
  ],
  collectivite: [
    'collectivite',
    'collectivites',
    'collectivite territoriale',
    'collectivites territoriales',
    'collectivite locale',
    'commune',
    'mairie',
    'ville',
    'municipalite',
    'elu',
    'elue',
    'elus',
    'elu local',
    'elue locale',
    'elu municipal',
    'elue municipale',
    'conseil departemental',
    'departement',
    'conseil regional',
    'region',
    'intercommunalite',
    'epci',
    'communaute de communes',
    'communaute d agglomeration',
    'communaute urbaine',
    'metropole',
    'local authority',
    'local government',
    'municipality',
    'city council',
  ],
  association: [
    'association',
    'associations',
    'asso',
    'secteur associatif',
    'monde associatif',
    'tissu associatif',
    'centre social',
    'fondation',
    'ong',
    'ess',
    'federation',
    'tiers secteur',
    'ngo',
    'non profit',
    'nonprofit',
    'charity',
    'voluntary sector',
  ],
  habitant: [
    'habitant',
    'habitante',
    'habitants',
    'habitant e',
    'citoyen',
    'citoyenne',
    'citoyens',
    'citoyen ne',
    'resident',
    'residente',
    'usager',
    'usagere',
    'usagers',
    'conseil citoyen',
    'citizen',
    'inhabitant',
    'local resident',
  ],
  entreprise: [
    'entreprise',
    'entreprises',
    'societe',
    'secteur prive',
    'prive',
    'acteur economique',
    'acteurs economiques',
    'commercant',
    'artisan',
    'chef d entreprise',
    'company',
    'business',
    'private sector',
  ],
};

const synonymToCanonical = new Map<string, string>();
for (const [canonical, words] of Object.entries(synonyms)) {
  for (const word of words) synonymToCanonical.set(word, canonical);
}

export type RoleMatch = {
  role: string;
  /** The original text when it matched no role and was replaced by « Autre ». */
  keptText: string | null;
};

export type RoleMatcher = (text: string) => RoleMatch;

/** Builds the matcher once per import: 2,000 rows share the folded role list. */
export function roleMatcher(roles: readonly string[]): RoleMatcher {
  const byFolded = new Map<string, string>();
  for (const role of roles) byFolded.set(foldWords(role), role);
  const other = byFolded.get('autre') ?? byFolded.get('other') ?? null;

  // A list repeats a handful of role texts: each is matched once.
  const known = new Map<string, RoleMatch>();
  const matchText = (text: string): RoleMatch => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (trimmed === '') return { role: '', keptText: null };
    const folded = foldWords(trimmed);
    const direct = byFolded.get(folded);
    if (direct !== undefined) return { role: direct, keptText: null };
    const canonical =
      synonymToCanonical.get(folded) ?? synonymToCanonical.get(withoutArticle(folded));
    const viaSynonym = canonical === undefined ? undefined : byFolded.get(canonical);
    if (viaSynonym !== undefined) return { role: viaSynonym, keptText: null };
    if (other !== null) return { role: other, keptText: trimmed };
    return { role: trimmed, keptText: null };
  };
  return (text) => {
    let match = known.get(text);
    if (match === undefined) known.set(text, (match = matchText(text)));
    return match;
  };
}

function withoutArticle(folded: string): string {
  return folded.replace(/^(les|le|la|l|un|une|des) /, '');
}
