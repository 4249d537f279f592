/** "Example of how to complete >", "Example", "Worked example:": a template's sample row. */
const EXAMPLE =
  /^(?:worked\s+)?(?:example|sample)(?:\s+(?:of how to (?:complete|fill(?: it| this)? in)|row|entry|only))?\s*[:>)\-–]*\s*$|\bhow to (?:complete|fill (?:it |this )?in)\b/i;

/** True for a cell that marks its row as a template's example of how to fill the plan in. */
export function isExampleText(text: string): boolean {
  return text.length <= 60 && EXAMPLE.test(text.trim());
}

/** How a template's guidance row under the header opens: "Explain what might go wrong", "Select ...". */
const GUIDANCE =
  /^(?:please\s+)?(?:explain|select|enter|describe|provide|insert|state|list|give|set out|detail|outline|choose|include|use|confirm|indicate|summari[sz]e|we calculate|what (?:is|are|level|was|were)|to what extent|how (?:much|many|likely|confident)|if applicable|in this (?:column|section))\b/i;

/**
 * A row of guidance under a header: most of its filled cells (two at least) tell the reader what
 * to write in the column ("Explain what might go wrong and why").
 */
export function isGuidanceRow(texts: string[]): boolean {
  const guiding = texts.filter((t) => GUIDANCE.test(t.trim())).length;
  return guiding >= 2 && guiding * 2 >= texts.length;
}
