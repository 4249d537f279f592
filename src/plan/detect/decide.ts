import { periodOf, yearOf, type HeaderHint } from './headers';
import type { Field } from '../core';
import { mostly, share, type Evidence } from './evidence';

/** What one column is, from its header's words and its cells. */
export interface Decision {
  field: Field | null;
  /** Plain words: why ("Target: 9 of 10 cells are dates"), or why not. */
  reason: string;
  /** A revised or forecast date: the due date when an original date stands beside it. */
  revised?: boolean;
  /** The period a RAG column rates ("Q2"). */
  period?: string;
  /** The financial year a money column is for ("2025/26"). */
  year?: string;
  /** Among columns of one field, the higher is preferred ("Action owner" over "Risk owner"). */
  rank: number;
}

const MONEY: ReadonlySet<Field> = new Set(['savings', 'forecast', 'shortfall']);
const NAMES: Partial<Record<Field, string>> = {
  rag: 'RAG',
  ref: 'reference',
  savings: 'savings',
  forecast: 'forecast or delivered',
};

const named = (field: Field): string => NAMES[field] ?? field;

function fromWords(header: string, field: Field, ev: Evidence, rank = 1): Decision {
  const detail = ev.sampled === 0 ? '' : supportingShare(field, ev);
  return {
    field,
    reason: `${header}: the header names the ${named(field)}${detail ? `; ${detail}` : ''}`,
    rank,
  };
}

/** A share of the cells that backs the header's word, when there is one worth saying. */
function supportingShare(field: Field, ev: Evidence): string {
  const count: Partial<Record<Field, number>> = {
    timescale: ev.dates + ev.timescaleWords,
    rag: ev.rag,
    stage: ev.stage,
    lead: ev.people,
    savings: ev.money + ev.numbers,
    forecast: ev.money + ev.numbers,
    shortfall: ev.money + ev.numbers,
  };
  const n = count[field];
  if (n === undefined || n === 0) return '';
  const what: Partial<Record<Field, string>> = {
    timescale: 'dates or timescale words',
    rag: 'RAG ratings',
    stage: 'progress words',
    lead: 'names or roles',
  };
  return share(n, ev, what[field] ?? 'amounts');
}

/** RAG or progress words, by what a Status column holds. */
function status(header: string, ev: Evidence): Decision {
  if (ev.ragFills > ev.rag && mostly(ev.ragFills, ev))
    return {
      field: 'rag',
      reason: `${header}: ${share(ev.ragFills, ev, 'filled with RAG colours')}`,
      rank: 1,
    };
  if (ev.stage > 0 && ev.stage >= ev.rag)
    return {
      field: 'stage',
      reason: `${header}: ${share(ev.stage, ev, 'progress words')}`,
      rank: 1,
    };
  const why = ev.rag
    ? share(ev.rag, ev, 'RAG ratings')
    : 'a status column is read as RAG unless it holds progress words';
  return { field: 'rag', reason: `${header}: ${why}`, rank: 1 };
}

/** "Target": a date or money, by content; never money when its cells are dates. */
function target(header: string, ev: Evidence): Decision {
  const year = yearOf(header) ?? undefined;
  if (mostly(ev.dates, ev) || (ev.serials > 0 && ev.money === 0 && ev.numbers === 0 && !year)) {
    return {
      field: 'timescale',
      reason: `${header}: ${share(ev.dates + ev.serials, ev, 'dates')}`,
      rank: 1,
    };
  }
  if (ev.money + ev.numbers + ev.serials > 0 && mostly(ev.money + ev.numbers + ev.serials, ev)) {
    if (ev.money === 0 && !/£|saving|budget|cost/i.test(header))
      return {
        field: null,
        reason: `${header}: ${share(ev.numbers + ev.serials, ev, 'plain numbers')}, not dates or money`,
        rank: 0,
      };
    return {
      field: 'savings',
      reason: `${header}: ${share(ev.money + ev.numbers + ev.serials, ev, 'amounts')}`,
      year,
      rank: 1,
    };
  }
  if (ev.sampled > 0)
    return {
      field: null,
      reason: `${header}: holds neither dates nor amounts (a measure's target)`,
      rank: 0,
    };
  return {
    field: 'timescale',
    reason: `${header}: a target column with nothing yet beneath is read as the timescale`,
    rank: 0,
  };
}

/** A money header whose cells say otherwise: dates are a timescale, words are the saving itself. */
function money(header: string, field: Field, ev: Evidence): Decision {
  const year = yearOf(header) ?? undefined;
  if (mostly(ev.dates, ev))
    return {
      field: 'timescale',
      reason: `${header}: ${share(ev.dates, ev, 'dates')}, so it is a date, not money`,
      revised: field === 'forecast',
      rank: 1,
    };
  const amounts = ev.money + ev.numbers + ev.serials;
  const words = ev.sampled - amounts - ev.dates;
  if (field === 'savings' && !/£/.test(header) && words > 0 && mostly(words, ev)) {
    return {
      field: 'action',
      reason: `${header}: ${share(words, ev, 'descriptions, not amounts')}: the saving itself`,
      rank: 1,
    };
  }
  if (field === 'forecast' && mostly(ev.stage, ev) && ev.money === 0)
    return {
      field: 'stage',
      reason: `${header}: ${share(ev.stage, ev, 'progress words')}`,
      rank: 0,
    };
  // A forecast is the line's expected outturn; "delivered to date" is only part of it.
  return { ...fromWords(header, field, ev, /\bforecast\b/i.test(header) ? 2 : 1), year };
}

/** A column saying what is to be done, unless its cells are codes (a reference) or High/Medium/Low. */
function subject(header: string, field: Field, ev: Evidence): Decision {
  if (ev.sampled > 0 && ev.codes * 10 >= ev.sampled * 8 && ev.prose === 0)
    return {
      field: 'ref',
      reason: `${header}: ${share(ev.codes, ev, 'short codes')}, a reference`,
      rank: 0,
    };
  if (mostly(ev.priorities, ev) && ev.prose === 0)
    return {
      field: null,
      reason: `${header}: ${share(ev.priorities, ev, 'High, Medium or Low')}: a rating, not what is to be done`,
      rank: 0,
    };
  // The thing done ("Milestone", "Action") is preferred to the project it belongs to.
  const rank =
    field === 'action' && /\b(project|scheme|programme|proposal)s?\b/i.test(header) ? 1 : 2;
  return fromWords(header, field, ev, rank);
}

/** A progress header: RAG when it holds ratings, progress words when it holds those, notes when prose. */
function progress(header: string, ev: Evidence): Decision {
  if (ev.rag > ev.stage && mostly(ev.rag, ev))
    return { field: 'rag', reason: `${header}: ${share(ev.rag, ev, 'RAG ratings')}`, rank: 1 };
  if (ev.ragFills > ev.rag && mostly(ev.ragFills, ev))
    return {
      field: 'rag',
      reason: `${header}: ${share(ev.ragFills, ev, 'filled with RAG colours')}`,
      rank: 1,
    };
  if (ev.prose > ev.stage)
    return {
      field: 'notes',
      reason: `${header}: ${share(ev.prose, ev, 'written updates')}`,
      rank: 0,
    };
  // "Progress at Q3" holding short sentences and not one progress word: the update, not a stage.
  if (ev.sampled >= 2 && ev.stage === 0 && ev.rag === 0 && ev.numbers + ev.percents === 0)
    return {
      field: 'notes',
      reason: `${header}: none of ${ev.sampled} cells is a progress word: written updates`,
      rank: 0,
    };
  return fromWords(header, 'stage', ev);
}

/** Cells of words that are none of the things a column is known by: updates, comments. */
function writing(ev: Evidence): number {
  const known = ev.numbers + ev.money + ev.percents + ev.codes + ev.people + ev.rag + ev.stage;
  return Math.max(0, ev.sampled - known);
}

/** "Priority": an area, unless it holds High / Medium / Low. */
function priority(header: string, ev: Evidence): Decision {
  if (mostly(ev.priorities, ev))
    return {
      field: null,
      reason: `${header}: ${share(ev.priorities, ev, 'High, Medium or Low')}: a priority, not an area`,
      rank: 0,
    };
  if (mostly(ev.numbers + ev.codes, ev) && ev.prose === 0)
    return {
      field: null,
      reason: `${header}: ${share(ev.numbers, ev, 'numbers')}: a priority, not an area`,
      rank: 0,
    };
  return { field: 'area', reason: `${header}: a priority area`, rank: 0 };
}

/** A header the words do not place: a RAG column is still known by its ratings. */
function byContent(header: string, ev: Evidence): Decision {
  if (ev.sampled >= 2 && ev.rag * 10 >= ev.sampled * 6) {
    return { field: 'rag', reason: `${header}: ${share(ev.rag, ev, 'RAG ratings')}`, rank: 0 };
  }
  return { field: null, reason: `${header}: not a column the plan needs`, rank: 0 };
}

/** Lead columns in order of preference: the action's owner over the risk's. */
function leadRank(norm: string): number {
  if (/\brisk\b|\bportfolio holder\b|\bcabinet member\b|\blead member\b|\bsponsor\b/.test(norm))
    return 0;
  if (/\baction owner\b/.test(norm)) return 2;
  return 1;
}

/** Hints a rating per period may carry: "Q1", "Progress Q2", "Q3 status", "RAG June". */
const PERIOD_HINTS: ReadonlySet<HeaderHint | null> = new Set([
  null,
  'period',
  'status',
  'stage',
  'rag',
  'notes',
]);

/**
 * A column whose numbers an icon set shows as traffic lights ("% complete" with red, yellow and
 * green lights) is the RAG, as a reader sees it; a money or date column keeps its own field.
 */
function showsTrafficLights(hint: HeaderHint | null, ev: Evidence): boolean {
  if (hint !== null && (MONEY.has(hint as Field) || DATED_HINTS.has(hint))) return false;
  return ev.ragIcons > 0 && mostly(ev.ragIcons, ev);
}

const DATED_HINTS: ReadonlySet<HeaderHint> = new Set(['timescale', 'revised', 'not-deadline']);

/**
 * Scores shaded blue with none on red or amber: a risk matrix's own bands (blue for "mitigate
 * quarterly", green for "accept"), so even the green ones say nothing about the action's progress.
 */
function inRiskZones(ev: Evidence): boolean {
  return ev.blueNumberFills > 0 && ev.warmNumberFills === 0;
}

/** The field a column holds, and why, from its header's hint and its cells' evidence. */
export function decideColumn(header: string, hint: HeaderHint | null, ev: Evidence): Decision {
  const norm = header.toLowerCase();
  const period = PERIOD_HINTS.has(hint) ? periodOf(header) : null;
  if (period && ev.rated > 0 && ev.rated * 10 >= ev.sampled * 6) {
    return {
      field: 'rag',
      reason: `${header}: ${share(ev.rated, ev, 'RAG ratings or fills')} for ${period}`,
      period,
      rank: 0,
    };
  }
  const scoreHeader = /\b(score|rating)\b/i.test(header) && hint !== 'rag';
  if (scoreHeader && inRiskZones(ev))
    return {
      field: null,
      reason: `${header}: scores shaded blue, none red or amber: the bands of a risk matrix, not ratings`,
      rank: 0,
    };
  // A score shown in RAG colours (a risk matrix's 16 on red) is the rating.
  if (scoreHeader && ev.ragFills > 0 && mostly(ev.ragFills, ev)) {
    return {
      field: 'rag',
      reason: `${header}: ${share(ev.ragFills, ev, 'scores filled with RAG colours')}`,
      rank: 1,
    };
  }
  if (showsTrafficLights(hint, ev))
    return {
      field: 'rag',
      reason: `${header}: ${share(ev.ragIcons, ev, 'numbers shown as traffic lights')}`,
      rank: hint === 'rag' ? 2 : 1,
    };
  switch (hint) {
    case null:
    case 'period':
      return byContent(header, ev);
    case 'ignore':
      return { field: null, reason: `${header}: not a column the plan needs`, rank: 0 };
    case 'not-deadline':
      return {
        field: null,
        reason: `${header}: a date that is not a deadline, never the timescale`,
        rank: 0,
      };
    case 'status':
      return status(header, ev);
    case 'target':
      return target(header, ev);
    case 'priority':
      return priority(header, ev);
    case 'revised':
      return {
        field: 'timescale',
        reason: `${header}: a revised or forecast date`,
        revised: true,
        rank: 2,
      };
    case 'rag':
      // A column headed RAG is preferred to a Status column that holds ratings.
      return fromWords(header, 'rag', ev, 2);
    case 'lead':
      return fromWords(header, 'lead', ev, leadRank(norm));
    case 'area':
      // "Programme" over "Start on site": a group label above a column of dates is no area.
      if (ev.excelDates >= 2 && mostly(ev.excelDates, ev))
        return {
          field: null,
          reason: `${header}: ${share(ev.excelDates, ev, 'dates')}, not an area`,
          rank: 0,
        };
      return fromWords(header, 'area', ev);
    case 'action':
    case 'objective':
      return subject(header, hint, ev);
    case 'stage':
      return progress(header, ev);
    case 'timescale':
      // "Progress to date", "Evidence of completion": sentences, not one date among them.
      if (ev.sampled >= 2 && ev.dates + ev.timescaleWords === 0 && mostly(writing(ev), ev))
        return {
          field: 'notes',
          reason: `${header}: ${share(writing(ev), ev, 'written updates')}, not dates`,
          rank: 0,
        };
      if (mostly(ev.money, ev) && ev.dates === 0)
        return {
          field: null,
          reason: `${header}: ${share(ev.money, ev, 'amounts')}, not dates`,
          rank: 0,
        };
      return fromWords(header, 'timescale', ev);
    default:
      if (MONEY.has(hint)) return money(header, hint, ev);
      return fromWords(header, hint, ev);
  }
}
