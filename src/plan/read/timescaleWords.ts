import { problemOf, type Reading, type Stage, type Timescale, type TimescaleKind } from '../core';
import { stageOfText } from './stage';

/** Progress words in a timescale cell ("Complete", "On hold", "Withdrawn"), by the kind they give. */
const KIND_OF_STAGE: Partial<Record<Stage, TimescaleKind>> = {
  complete: 'complete',
  paused: 'paused',
  deferred: 'paused',
  cancelled: 'cancelled',
};
const ONGOING =
  /^(?:on[\s-]?going|bau|business as usual|continuous|continual|continuing|rolling)(?![a-z])/;
/** Recurring work has no end date: "Annual", "Monthly", "Quarterly review", "Every year". */
const RECURRING =
  /^(?:annual(?:ly)?|bi-?annual(?:ly)?|yearly|monthly|bi-?monthly|quarterly|weekly|fortnightly|daily|six[\s-]monthly|(?:half[\s-]?)?termly|(?:every|each|per) (?:year|month|quarter|week|term|half[\s-]?term))(?: (?:review|reviews|reporting|report|meeting|basis|cycle))?$/;
const TBC =
  /^(?:tbc|tba|tbd|to be (?:confirmed|agreed|announced|decided|determined|arranged))(?![a-z])/;
/** "Short term", "Medium-term", "Long term (5 years +)". */
const TERM = /^(?:short|medium|long)[\s-]?term(?![a-z])/;

/**
 * A timescale that is a word rather than a date, read from lower-cased text `s`: complete, paused
 * or cancelled (the progress words readStage knows), ongoing or recurring, or TBC; null otherwise.
 */
export function wordTimescale(s: string, text: string): Reading<Timescale> | null {
  if (ONGOING.test(s) || RECURRING.test(s)) return { value: { text, kind: 'ongoing', due: null } };
  if (TBC.test(s)) return { value: { text, kind: 'tbc', due: null } };
  const stage = stageOfText(s);
  const kind = stage === null ? undefined : KIND_OF_STAGE[stage];
  return kind ? { value: { text, kind, due: null } } : null;
}

/** True when the text opens with a term with no date ("Medium term"): read as undated if no date follows. */
export function isTerm(s: string): boolean {
  return TERM.test(s);
}

/** "Short / Medium / Long term" with no years: undated, with a note saying so. */
export function termTimescale(text: string): Reading<Timescale> {
  return {
    value: { text, kind: 'term', due: null },
    problem: problemOf('undated-term', { text }),
  };
}
