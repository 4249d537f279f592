import { cellText, isCellError, problemOf, pushAll, type CellValue, type Reading } from '../core';

/**
 * Theme words seen in lead cells (Havering writes its corporate-plan theme above the leads).
 * isThemeWord goes by shape, so other themes written the same way are recognised too.
 */
export const THEME_WORDS: readonly string[] = [
  'OPPORTUNITIES',
  'CONNECTIONS',
  'PLACE',
  'COMMUNITIES',
  'PEOPLE',
  'RESOURCES',
];

/** Acronyms that name a role or a leadership team on their own ("CE/Leader", "COO and Leader's Office"). */
const ROLE_ACRONYMS = new Set([
  'CE',
  'CEO',
  'COO',
  'CFO',
  'CIO',
  'CDO',
  'CTO',
  'DCS',
  'DASS',
  'DPH',
  'MO',
  'AD',
  'ED',
  'SLT',
  'CLT',
  'ELT',
  'CMT',
  'DMT',
  'SMT',
  'SMB',
  'S151',
  'ADs',
]);
/** "DoHR", "DoF": Director of ... */
const DIRECTOR_OF = /^Do[A-Z][A-Za-z]{0,4}$/;
const ANY_ACRONYM = /^[A-Z][A-Z0-9]{1,5}s?$/;

/** Words that make a phrase a role: at its start ("Director of Place") or anywhere ("Steering Groups"). */
const ROLE_START = new Set([
  'director',
  'directors',
  'assistant',
  'deputy',
  'head',
  'heads',
  'chief',
  'executive',
  'leader',
  'leaders',
  'cabinet',
  'member',
  'members',
  'portfolio',
  'manager',
  'managers',
  'officer',
  'officers',
  'lead',
  'leads',
  'councillor',
  'cllr',
  'chair',
  'chairman',
  'mayor',
  'monitoring',
  'interim',
  'senior',
  'principal',
  'corporate',
  'strategic',
  'service',
  'programme',
  'project',
  'section',
  'all',
]);
const ROLE_NOUNS = new Set([
  'director',
  'directors',
  'officer',
  'officers',
  'manager',
  'managers',
  'lead',
  'leads',
  'leader',
  'head',
  'board',
  'group',
  'groups',
  'team',
  'teams',
  'holder',
  'executive',
  'member',
  'members',
  'partner',
  'partners',
  'chair',
  'councillor',
  'commissioner',
  'coordinator',
  'co-ordinator',
  'adviser',
  'advisor',
  'owner',
  'office',
]);
/** Words of a service or subject, not of a person's name: "Health and Social Care", "Building Control". */
const SUBJECT_WORDS = new Set([
  'health',
  'care',
  'social',
  'services',
  'service',
  'policy',
  'performance',
  'communities',
  'community',
  'communications',
  'communication',
  'culture',
  'customer',
  'customers',
  'delivery',
  'impact',
  'partnership',
  'regeneration',
  'planning',
  'housing',
  'finance',
  'financial',
  'resources',
  'transformation',
  'governance',
  'legal',
  'education',
  'children',
  "children's",
  'adults',
  'adult',
  'public',
  'control',
  'building',
  'development',
  'strategy',
  'digital',
  'technology',
  'property',
  'assets',
  'environment',
  'highways',
  'transport',
  'waste',
  'economy',
  'economic',
  'growth',
  'place',
  'people',
  'safety',
  'corporate',
  'strategic',
  'business',
  'support',
  'learning',
  'skills',
  'employment',
  'commissioning',
  'procurement',
  'audit',
  'risk',
  'revenues',
  'benefits',
  'operations',
  'programme',
  'projects',
  'democratic',
  'engagement',
  'insight',
  'data',
  'quality',
  'improvement',
  'change',
  'workforce',
  'organisational',
  'libraries',
  'leisure',
  'parks',
  'wellbeing',
  'family',
  'families',
  'early',
  'help',
  'youth',
  'schools',
  'council',
  'borough',
  'pensions',
  'facilities',
  'estates',
  'climate',
  'transactional',
  'inclusion',
  'equalities',
  'equality',
  'diversity',
  'enforcement',
  'licensing',
  'registration',
  'regulatory',
  'child',
  'protection',
  'safeguarding',
  'multi-agency',
  'mental',
  'hub',
]);
const NAME_WORD = /^(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]\.?|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)$/;

function bareWord(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '');
}

/** True when a part of a lead cell names one person, role or leadership group on its own. */
function isPersonOrRole(part: string): boolean {
  const words = part.split(' ').filter(Boolean);
  if (words.length === 0) return false;
  const first = words[0];
  if (words.length === 1) {
    if (!/^[A-Z]/.test(first)) return false;
    return ROLE_ACRONYMS.has(first) || DIRECTOR_OF.test(first) || ROLE_NOUNS.has(bareWord(first));
  }
  if (ROLE_START.has(bareWord(first)) || ANY_ACRONYM.test(first) || DIRECTOR_OF.test(first))
    return true;
  if (words.some((w) => ROLE_NOUNS.has(bareWord(w)))) return true;
  // A person's name: two to four capitalised words, none of them a subject word.
  return (
    words.length <= 4 && words.every((w) => NAME_WORD.test(w) && !SUBJECT_WORDS.has(bareWord(w)))
  );
}

// Separators, tried from the most to the least splitting; a split is kept only when every part is a person or role.
const SEPARATORS: readonly RegExp[] = [
  /\s*\/\s*|\s*&\s*|\s+and\s+|\s*,\s*|\s*\+\s*/i,
  /\s*\/\s*/,
  /\s*&\s*|\s+and\s+/i,
  /\s*,\s*/,
];

/** "AD, Policy and Performance": a comma between a role acronym and its subject is a slip ("AD Policy ..."). */
function strayCommas(text: string): string {
  return text.replace(
    /\b([A-Z][A-Za-z0-9]{1,5}),\s+([A-Z][a-z]+)/g,
    (all, acronym: string, next: string) =>
      ROLE_ACRONYMS.has(acronym) && SUBJECT_WORDS.has(next.toLowerCase())
        ? `${acronym} ${next}`
        : all
  );
}

/** Stands for a comma that is part of a title while the title is split (never in a cell's text). */
const TITLE_COMMA = '\u0001';
/** Role nouns a service's name may end with ("Community Mental Health Teams"): no person. */
const UNIT_NOUNS = new Set([
  'team',
  'teams',
  'group',
  'groups',
  'board',
  'office',
  'hub',
  'service',
]);

/**
 * "Head of Service, Multi-Agency Safeguarding Hub", "Service Manager, Community Mental Health
 * Teams": a comma before a service's name (opening with a subject word, naming no one) is part of
 * the title, not a list; marked so that no separator splits there.
 */
function titleCommas(text: string): string {
  if (!text.includes(',')) return text;
  return text.replace(/,\s*([A-Z][A-Za-z'’-]*)([^,/;&]*)/g, (all, first: string, rest: string) => {
    if (!SUBJECT_WORDS.has(bareWord(first))) return all;
    const words = `${first}${rest}`.split(' ').map(bareWord);
    const namesSomeone = words.some((w) => ROLE_NOUNS.has(w) && !UNIT_NOUNS.has(w));
    return namesSomeone ? all : `${TITLE_COMMA} ${first}${rest}`;
  });
}

/** "Chief Nurse and Director of Quality": the NHS's joint post, one person, not two. */
const JOINT_POST = /^Chief [A-Z][a-z]+ (?:and|&) (?:Deputy )?Director of [A-Z]/;

/** A post after a person's name: "Head of Property Services", "Director of Place". */
const POST =
  /^(?:(?:Assistant|Deputy|Interim|Acting)\s+)?(?:Head|Director|Chief\s+\w+|Manager)\s+(?:of|for)\s+[A-Z]/;

/**
 * "Officer A, Head of Property Services", "Sam Jones, Director of Place": one person and their
 * post, not two leads. The name is two to four capitalised words naming no role, or a placeholder
 * ending in a single letter ("Officer A") as anonymised returns write it.
 */
function personWithPost(text: string): boolean {
  const parts = text.split(/\s*,\s*/);
  if (parts.length !== 2 || /[/&]|\s+and\s+/i.test(parts[0]) || !POST.test(parts[1])) return false;
  const words = parts[0].split(' ').filter(Boolean);
  const placeholder = /^[A-Z]$/.test(words[words.length - 1]);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => NAME_WORD.test(w) && !SUBJECT_WORDS.has(bareWord(w))) &&
    (placeholder || !words.some((w) => ROLE_NOUNS.has(bareWord(w))))
  );
}

/** Splits one line of a lead cell into leads, only where it is clearly a list of people or roles. */
function splitLine(line: string): string[] {
  const leads = splitMarked(line);
  return line.includes(',') ? leads.map((lead) => lead.split(`${TITLE_COMMA} `).join(', ')) : leads;
}

function splitMarked(line: string): string[] {
  const leads: string[] = [];
  for (const piece of line.split(/\s*;\s*/)) {
    // A list cut off at a page break ("COO/AD Policy and Performance and") loses its dangling joiner.
    const text = titleCommas(
      strayCommas(piece.replace(/^[\s,.&/-]+|[\s,.&/:-]+$/g, '').replace(/\s+(?:and|&)$/i, ''))
    );
    if (!text) continue;
    let parts = [text];
    if (
      (text.startsWith('Chief ') && JOINT_POST.test(text) && !/[/,]/.test(text)) ||
      personWithPost(text)
    ) {
      leads.push(text);
      continue;
    }
    for (const separator of SEPARATORS) {
      const candidate = text.split(separator).filter((p) => p !== '');
      if (candidate.length > 1 && candidate.every(isPersonOrRole)) {
        parts = candidate;
        break;
      }
    }
    pushAll(leads, parts);
  }
  return leads;
}

/**
 * Tidies text from a PDF or a hurried typist: a hyphen then a space inside a word was a line break
 * ("Bowen- Hartley"); after a capital it is a dash the writer spaced ("Officer A- SRO") and stays.
 */
function tidy(text: string): string {
  return text
    .replace(/(\p{L})-\s*\n\s*(?=\p{L})/gu, '$1-')
    .replace(/(\p{Ll})- +(?=\p{L})/gu, '$1-')
    .replace(/[ \t\f\v\u00a0]+/g, ' ');
}

/**
 * Reads a lead cell into its leads: one per line, and several on a line where "/", ";", "&",
 * "and" or "," clearly separate people or roles ("COO/Director of HR/AD Transformation"), while a
 * single title that merely contains them stays whole ("AD Policy, Performance & Communities").
 */
export function readLeads(value: CellValue): Reading<string[]> {
  const text = isCellError(value) ? '' : cellText(value);
  if (!text) {
    const error = isCellError(value) ? value.error : null;
    return { value: [], problem: problemOf('missing-lead', { kind: 'empty', error }) };
  }
  const leads: string[] = [];
  const seen = new Set<string>();
  for (const line of tidy(text).split(/\r?\n|\r/)) {
    for (const lead of splitLine(line.trim())) {
      const key = lead.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      leads.push(lead);
    }
  }
  if (leads.length === 0) {
    return { value: [], problem: problemOf('missing-lead', { kind: 'no-one', text }) };
  }
  return { value: leads };
}

/** An all-capitals single word (OPPORTUNITIES, PLACE) that a plan put in the lead cell as its theme. */
export function isThemeWord(text: string): boolean {
  if (typeof text !== 'string') return false;
  const word = text.trim();
  return /^[A-Z]{5,}$/.test(word) && /[AEIOUY]/.test(word) && !ROLE_ACRONYMS.has(word);
}
