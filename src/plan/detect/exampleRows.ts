/** "Example of how to complete >", "Example", "Worked example:": a template's sample row. */
const EXAMPLE =
  /^(?:worked\s+)?(?:example|sample)(?:\s+(?:of how to (?:complete|fill(?: it| this)? in)|row|entry|only))?\s*[:>)\-–]*\s*$|\bhow to (?:complete|fill (?:it |this )?in)\b/i;

/** True for a cell that marks its row as a template's example of how to fill the plan in. */
export function isExampleText(text: string): boolean {
  return text.length <= 60 && EXAMPLE.test(text.trim());
}
