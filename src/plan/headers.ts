import type { Field } from './types';

/** "Comment/Action " -> "comment action"; "RAG Rating" -> "rag rating"; "£'000" -> "£ 000". */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9£]+/g, ' ')
    .replace(/£/g, ' £ ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whole-header synonyms (normalised). "status" is decided by the column's content. */
const EXACT: Record<string, Field | 'status'> = {
  no: 'ref', ref: 'ref', reference: 'ref', id: 'ref', item: 'ref', 'rec no': 'ref', number: 'ref',
  area: 'area', theme: 'area', workstream: 'area', 'work stream': 'area', programme: 'area',
  priority: 'area', directorate: 'area', service: 'area', portfolio: 'area', category: 'area',
  objective: 'objective', objectives: 'objective', 'transformation objective': 'objective',
  recommendation: 'objective', recommendations: 'objective', aim: 'objective', outcome: 'objective',
  goal: 'objective', risk: 'objective', 'risk description': 'objective', barrier: 'objective',
  issue: 'objective',
  action: 'action', actions: 'action', 'comment action': 'action', mitigation: 'action',
  mitigations: 'action', activity: 'action', activities: 'action', milestone: 'action',
  milestones: 'action', request: 'action', task: 'action', tasks: 'action', 'what we will do': 'action',
  'key actions': 'action',
  lead: 'lead', owner: 'lead', 'elt lead': 'lead', 'slt lead': 'lead', 'slt officer': 'lead',
  'responsible officer': 'lead', 'lead officer': 'lead', responsible: 'lead', 'accountable officer': 'lead',
  'action owner': 'lead', 'who': 'lead',
  timescale: 'timescale', timescales: 'timescale', deadline: 'timescale', 'due date': 'timescale',
  'target date': 'timescale', 'by when': 'timescale', date: 'timescale', 'completion date': 'timescale',
  'target completion date': 'timescale', when: 'timescale', timeframe: 'timescale', due: 'timescale',
  timeline: 'timescale',
  rag: 'rag', 'rag rating': 'rag', 'rag status': 'rag', rating: 'rag', brag: 'rag', 'brag rating': 'rag',
  'brag status': 'rag', 'rag rating status': 'rag',
  status: 'status', stage: 'stage', progress: 'stage', 'progress status': 'stage', 'delivery status': 'status',
  savings: 'savings', saving: 'savings', 'savings target': 'savings', 'target saving': 'savings',
  'target savings': 'savings', value: 'savings', amount: 'savings', '£': 'savings',
  forecast: 'forecast', 'forecast savings': 'forecast', 'forecast saving': 'forecast', projected: 'forecast',
  'achieved savings': 'forecast', delivered: 'forecast',
  notes: 'notes', comments: 'notes', comment: 'notes', 'progress update': 'notes', update: 'notes',
  commentary: 'notes', 'progress notes': 'notes', 'latest update': 'notes',
};

/**
 * Word rules for headers that are not a synonym as a whole, tried in order: the first whose word
 * appears wins ("Lead Thematic Steering Group/SLT Officer" is a lead, "LGA Draft Peer Challenge
 * Review Recommendation" an objective). Order matters: "Forecast savings" before "savings".
 */
const WORDS: [RegExp, Field | 'status'][] = [
  [/\b(b?rag)\b/, 'rag'],
  [/\bforecast|projected\b/, 'forecast'],
  [/\bsavings?\b|£/, 'savings'],
  [/\b(timescales?|deadline|due|date|when|timeframe|timeline)\b/, 'timescale'],
  [/\b(lead|leads|owner|officer|responsible|accountable)\b/, 'lead'],
  [/\b(objectives?|recommendations?|risks?|barriers?|aims?|outcomes?)\b/, 'objective'],
  [/\b(actions?|mitigations?|activit(y|ies)|milestones?|requests?|tasks?)\b/, 'action'],
  [/\b(area|theme|workstream|programme|priority|directorate)\b/, 'area'],
  [/\b(notes?|comments?|update|commentary)\b/, 'notes'],
  [/\b(stage|progress)\b/, 'stage'],
  [/\bstatus\b/, 'status'],
];

/**
 * The field a header names, "status" when only the column's content can tell RAG from stage,
 * or null. Long texts are never headers: a header is a label, not a sentence.
 */
export function matchHeader(text: string): Field | 'status' | null {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const field = match(text);
  // Bounded: header checks run on every short row of a large plan, whose texts repeat.
  if (cache.size > 5000) cache.clear();
  cache.set(text, field);
  return field;
}

const cache = new Map<string, Field | 'status' | null>();

function match(text: string): Field | 'status' | null {
  const norm = normaliseHeader(text);
  if (!norm || norm.length > 60) return null;
  const exact = EXACT[norm];
  if (exact) return exact;
  if (norm.split(' ').length > 7) return null;
  for (const [re, field] of WORDS) if (re.test(norm)) return field;
  return null;
}
