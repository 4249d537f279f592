import type { Field } from '../core';

/**
 * What a header's words say about its column. Besides the fields: 'status' (RAG or progress, by
 * content), 'target' (a date or money, by content), 'priority' (an area, unless it holds
 * High/Medium/Low), 'revised' (a revised or forecast date: the due date when it stands beside an
 * original one), 'not-deadline' (a date that is never the timescale: raised, meeting, last updated),
 * 'period' (a quarter or month: a RAG column per period when it holds ratings) and 'ignore'
 * (direction of travel, version, author: never a plan's field).
 */
export type HeaderHint =
  | Field
  | 'status'
  | 'target'
  | 'priority'
  | 'revised'
  | 'not-deadline'
  | 'period'
  | 'ignore';

/** "Comment/Action " -> "comment action"; "RAG Rating" -> "rag rating"; "£'000" -> "£ 000". */
export function normaliseHeader(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2') // "RiskOwnerRole", as data extracts write headers
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9£]+/g, ' ')
    .replace(/£/g, ' £ ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whole-header synonyms (normalised). "status", "target" and "priority" are decided by the column's content. */
const EXACT: Record<string, HeaderHint> = {
  no: 'ref',
  ref: 'ref',
  reference: 'ref',
  id: 'ref',
  item: 'ref',
  'rec no': 'ref',
  number: 'ref',
  area: 'area',
  theme: 'area',
  workstream: 'area',
  'work stream': 'area',
  programme: 'area',
  priority: 'priority',
  'priority area': 'area',
  directorate: 'area',
  department: 'area',
  division: 'area',
  'service area': 'area',
  'business area': 'area',
  'strategic priority': 'area',
  'corporate priority': 'area',
  service: 'area',
  portfolio: 'area',
  category: 'area',
  objective: 'objective',
  objectives: 'objective',
  'transformation objective': 'objective',
  recommendation: 'objective',
  recommendations: 'objective',
  aim: 'objective',
  outcome: 'objective',
  goal: 'objective',
  risk: 'objective',
  'risk description': 'objective',
  barrier: 'objective',
  issue: 'objective',
  finding: 'objective',
  'audit finding': 'objective',
  'risk title': 'objective',
  project: 'action',
  'project name': 'action',
  'project title': 'action',
  scheme: 'action',
  initiative: 'action',
  proposal: 'action',
  'savings scheme': 'action',
  'saving scheme': 'action',
  audit: 'area',
  report: 'area',
  'audit report': 'area',
  'audit title': 'area',
  rec: 'ref',
  'rec ref': 'ref',
  'risk ref': 'ref',
  'risk id': 'ref',
  // Performance systems' exports (Pentana): "Code", "Managed By".
  code: 'ref',
  'managed by': 'lead',
  'latest position': 'notes',
  position: 'status',
  'current position': 'status',
  'progress score': 'rag',
  'rag score': 'rag',
  'percent complete': 'stage',
  '% complete': 'stage',
  complete: 'stage',
  'exit criteria met': 'ignore',
  // What a savings line is, described: the saving itself when no column says "Action".
  description: 'action',
  'budget line': 'action',
  'budget line description': 'action',
  'saving proposal': 'action',
  'savings proposal': 'action',
  'description of saving': 'action',
  'saving description': 'action',
  'savings description': 'action',
  deliverable: 'action',
  deliverables: 'action',
  measure: 'objective',
  measures: 'objective',
  'agreed action': 'action',
  'agreed actions': 'action',
  'management action': 'action',
  'management response': 'action',
  'action required': 'action',
  'actions required': 'action',
  action: 'action',
  actions: 'action',
  'comment action': 'action',
  mitigation: 'action',
  mitigations: 'action',
  activity: 'action',
  activities: 'action',
  milestone: 'action',
  milestones: 'action',
  request: 'action',
  task: 'action',
  tasks: 'action',
  'what we will do': 'action',
  'key actions': 'action',
  lead: 'lead',
  owner: 'lead',
  'elt lead': 'lead',
  'slt lead': 'lead',
  'slt officer': 'lead',
  'responsible officer': 'lead',
  'lead officer': 'lead',
  responsible: 'lead',
  'accountable officer': 'lead',
  'action owner': 'lead',
  who: 'lead',
  sponsor: 'lead',
  'project sponsor': 'lead',
  pm: 'lead',
  'project manager': 'lead',
  'portfolio holder': 'lead',
  'cabinet member': 'lead',
  'lead member': 'lead',
  responsibility: 'lead',
  'owner initials': 'lead',
  initials: 'lead',
  'risk owner': 'lead',
  'responsible person': 'lead',
  'by whom': 'lead',
  'responsible officer s': 'lead',
  'responsible officers': 'lead',
  'lead officer s': 'lead',
  'lead officers': 'lead',
  'responsible manager': 'lead',
  timescale: 'timescale',
  timescales: 'timescale',
  deadline: 'timescale',
  'due date': 'timescale',
  'target date': 'timescale',
  'by when': 'timescale',
  date: 'timescale',
  'completion date': 'timescale',
  'target completion date': 'timescale',
  when: 'timescale',
  timeframe: 'timescale',
  due: 'timescale',
  timeline: 'timescale',
  target: 'target',
  targets: 'target',
  'estimated completion': 'timescale',
  'estimated completion date': 'timescale',
  'expected completion': 'timescale',
  'expected completion date': 'timescale',
  'implementation date': 'timescale',
  'agreed implementation date': 'timescale',
  'end date': 'timescale',
  'revised date': 'revised',
  'revised deadline': 'revised',
  'revised target date': 'revised',
  'revised timescale': 'revised',
  'revised due date': 'revised',
  'revised completion date': 'revised',
  'forecast date': 'revised',
  'forecast completion date': 'revised',
  'actual forecast date': 'revised',
  'forecast actual date': 'revised',
  'new date': 'revised',
  'baseline date': 'timescale',
  'original date': 'timescale',
  'original deadline': 'timescale',
  year: 'timescale',
  'profiled year': 'timescale',
  'delivery year': 'timescale',
  'year of delivery': 'timescale',
  'start date': 'not-deadline',
  'date issued': 'not-deadline',
  'actual completion date': 'not-deadline',
  'new target date': 'revised',
  'revised timetable': 'revised',
  // Under a merged "Target date" band: "Original | Revised".
  original: 'timescale',
  revised: 'revised',
  'revised timescales': 'revised',
  'revised by when': 'revised',
  'forecast end date': 'revised',
  'amended date': 'revised',
  'revised implementation date': 'revised',
  rag: 'rag',
  'rag rating': 'rag',
  'rag status': 'rag',
  rating: 'rag',
  brag: 'rag',
  'brag rating': 'rag',
  'brag status': 'rag',
  'rag rating status': 'rag',
  'overall status': 'status',
  'delivery confidence': 'rag',
  confidence: 'rag',
  'current rag': 'rag',
  'overall rag': 'rag',
  // A rating's dimension on its own, under a merged "RAG status" band: a rating when it holds them.
  overall: 'period',
  time: 'period',
  cost: 'period',
  quality: 'period',
  scope: 'period',
  schedule: 'period',
  benefits: 'period',
  resources: 'period',
  'direction of travel': 'ignore',
  dot: 'ignore',
  trend: 'ignore',
  version: 'ignore',
  author: 'ignore',
  'version number': 'ignore',
  status: 'status',
  stage: 'stage',
  progress: 'stage',
  'progress status': 'stage',
  'delivery status': 'status',
  savings: 'savings',
  saving: 'savings',
  'savings target': 'savings',
  'target saving': 'savings',
  'target savings': 'savings',
  value: 'savings',
  amount: 'savings',
  '£': 'savings',
  forecast: 'forecast',
  'forecast savings': 'forecast',
  'forecast saving': 'forecast',
  projected: 'forecast',
  'achieved savings': 'forecast',
  delivered: 'forecast',
  achieved: 'forecast',
  shortfall: 'shortfall',
  gap: 'shortfall',
  'savings gap': 'shortfall',
  'savings shortfall': 'shortfall',
  '£ k': 'savings',
  '£ 000': 'savings',
  '£ m': 'savings',
  finish: 'timescale',
  'finish date': 'timescale',
  'key risks and issues': 'notes',
  'risks and issues': 'notes',
  issues: 'notes',
  notes: 'notes',
  comments: 'notes',
  comment: 'notes',
  'progress update': 'notes',
  update: 'notes',
  commentary: 'notes',
  'progress notes': 'notes',
  'latest update': 'notes',
};

const MONTH =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
/** A reporting period on its own: "Q1", "Quarter 2", "Q3 2024/25", "June", "Jan 25", "Month 6". */
const PERIOD = new RegExp(
  String.raw`^(?:q[1-4]|quarter [1-4]|p\d{1,2}|period \d{1,2}|month \d{1,2}|${MONTH})(?: \d{2,4}(?: \d{2,4})?)?$`
);

const PERIOD_IN = new RegExp(
  String.raw`\b((?:Q[1-4]|Quarter [1-4]|P\d{1,2}|Period \d{1,2}|Month \d{1,2}|(?:last|this|previous|current) (?:period|quarter|month)|(?:${MONTH}))(?:\s+'?\d{2,4}(?:\s*[/-]\s*\d{2,4})?)?)\b`,
  'i'
);

/** The period a header names ("Q2 RAG" -> "Q2", "RAG June 2024" -> "June 2024"), or null. */
export function periodOf(text: string): string | null {
  const m = PERIOD_IN.exec(text.replace(/\s+/g, ' ').trim());
  return m ? m[1] : null;
}

/** The financial year a header names: "2025/26 £k" -> "2025/26", "FY 2024-25" -> "2024/25"; null when none. */
export function yearOf(text: string): string | null {
  const m = /\b(?:FY\s*)?(20\d{2}|\d{2})\s*[/-]\s*(20\d{2}|\d{2})\b/i.exec(text);
  if (!m) return null;
  const start = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  const end = m[2].length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) : Number(m[2]);
  if (end !== start + 1) return null;
  return `${start}/${String(end % 100).padStart(2, '0')}`;
}

/**
 * Word rules for headers that are not a synonym as a whole, tried in order: the first whose word
 * appears wins ("Lead Thematic Steering Group/SLT Officer" is a lead, "LGA Draft Peer Challenge
 * Review Recommendation" an objective). Order matters: "Forecast savings" before "savings".
 */
const WORDS: [RegExp, HeaderHint][] = [
  [/\b(b?rag)\b/, 'rag'],
  // A variance is the gap between two other columns (forecast less some plan), never the forecast.
  [/\b(direction of travel|trend|version|next milestone)\b/, 'ignore'],
  // A share of a budget ("Savings At Risk As % Of Net Budget"): a ratio, neither savings nor spend.
  [/\b(as|of) (a )?(net |gross |the )?budget\b/, 'ignore'],
  // Spend, not savings (a capital programme's budget, actual, outturn, variance), unless savings words say so.
  [
    /^(?!.*\b(savings?|efficienc(y|ies)|reductions?|mtfs)\b).*\b(cost|costs|spend|spent|allocation|budget|outturn|funding|variance|actual|actuals|expenditure|rephasing|slippage|underspend|overspend)\b/,
    'ignore',
  ],
  [
    /\bdate\b.*\b(raised|identified|opened|logged|added|created|reported|received|agreed|issued|started|of meeting|of committee)\b|\b(raised|identified|issued|meeting|committee|exec|executive|cabinet|board|panel|last updated|updated|review|reviewed|report|reporting|start|actual completion)\b.*\bdate\b|^last updated$/,
    'not-deadline',
  ],
  [
    /\b(revised|forecast|new|amended|latest|current)\b.*\b(date|deadline|timescales?|timetable|target|completion|end)\b|\b(date|deadline|timescale|target|completion)\b.*\b(revised|forecast)\b/,
    'revised',
  ],
  [/\bshortfall\b|\bgap\b/, 'shortfall'],
  [/\bforecast|projected|delivered|achieved\b/, 'forecast'],
  [/\bsavings?\b|£/, 'savings'],
  [
    /\b(timescales?|deadline|due|date|when|timeframe|timeline|timetable|completion|finish)\b/,
    'timescale',
  ],
  [/\b(ref|reference|id|no)\b/, 'ref'],
  [/\b(lead|leads|owner|owners|officer|responsible|responsibility|accountable|sponsor)\b/, 'lead'],
  [/\b(notes?|comments?|update|commentary|narrative|evidence)\b/, 'notes'],
  [/\b(stage|progress|complete)\b/, 'stage'],
  [/\bstatus\b/, 'status'],
  [
    /\b(objectives?|recommendations?|risks?|barriers?|aims?|outcomes?|findings?|said|concerns?)\b/,
    'objective',
  ],
  [
    /\b(actions?|mitigations?|activit(y|ies)|milestones?|requests?|tasks?|proposals?|projects?|deliverables?|schemes?)\b/,
    'action',
  ],
  [/\b(area|theme|workstream|programme|priority|directorate|portfolio)\b/, 'area'],
  [/\btargets?\b/, 'target'],
  [PERIOD, 'period'],
];

/**
 * The field a header names, "status" when only the column's content can tell RAG from stage,
 * or null. Long texts are never headers: a header is a label, not a sentence.
 */
export function matchHeader(text: string): HeaderHint | null {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const field = match(text);
  // Bounded: header checks run on every short row of a large plan, whose texts repeat.
  if (cache.size > 5000) cache.clear();
  cache.set(text, field);
  return field;
}

const cache = new Map<string, HeaderHint | null>();

/** True when the whole header is a known label ("Recommendations"), not words within a longer text. */
export function isExactHeader(text: string): boolean {
  return EXACT[normaliseHeader(text)] !== undefined;
}

/**
 * A savings line's description under a longer header ("Brief Summary of Budget Proposal / Strategy
 * and Risks", "Description of savings proposal"): the saving itself, before "budget" reads as a
 * budget column and before a long header is taken for a sentence.
 */
const DESCRIBES_SAVING =
  /\b(?:summary|description|details?) of (?:the |each )?(?:budget |savings? )?(?:proposals?|savings?|schemes?)\b|\bbudget (?:proposals?|lines?)\b(?! £)/;

/**
 * What a template writes in a header to show how to fill it: "(e.g. Dec-22)", "- mmm/yy",
 * "(dd/mm/yyyy)". Not the label: left out before the header's words are read.
 */
const FILL_HINT =
  /\((?:e\.?\s?g\.?|i\.?\s?e\.?|for example)[^)]*\)|[-–(]?\s*\b(?:dd|mm|mmm|yy|yyyy)(?:\s?[/-]\s?(?:dd|mm|mmm|yy|yyyy))+\b\s*\)?/gi;

function match(text: string): HeaderHint | null {
  const norm = normaliseHeader(text.replace(FILL_HINT, ' '));
  if (!norm || norm.length > 60) return null;
  const exact = EXACT[norm];
  if (exact) return exact;
  const words = norm.split(' ').length;
  if (words <= 9 && DESCRIBES_SAVING.test(norm)) return 'action';
  if (words > 7) return null;
  for (const [re, field] of WORDS) if (re.test(norm)) return field;
  return null;
}
