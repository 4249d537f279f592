/**
 * Template text that stands for "nothing chosen yet": a drop-down's prompt ("< Select >",
 * "Please select", "Choose an item") or Word-style content-control prompts. Such a cell is empty.
 */
const PLACEHOLDER =
  /^(?:[<[(-]+\s*)?(?:please\s+)?(?:select|choose)(?:\s+(?:an?\s+)?(?:item|option|one|from (?:the )?list|rag|status|lead))?(?:\s*\.{3}|…)?(?:\s*[>\])-]+)?$|^click (?:or tap )?here to enter\b/i;

/** First letters a placeholder can start with: most cells are ruled out without a regex. */
const OPENERS = new Set(['<', '[', '(', '-', 'p', 'P', 's', 'S', 'c', 'C']);

export function isPlaceholder(text: string): boolean {
  const t = text.trimStart();
  return t.length <= 40 && OPENERS.has(t.charAt(0)) && PLACEHOLDER.test(t.trim());
}
