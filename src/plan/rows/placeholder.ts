/**
 * Template text that stands for "nothing chosen yet": a drop-down's prompt ("< Select >",
 * "Please select", "Choose an item") or Word-style content-control prompts. Such a cell is empty.
 */
const PLACEHOLDER = /^(?:[<[(-]+\s*)?(?:please\s+)?(?:select|choose)(?:\s+(?:an?\s+)?(?:item|option|one|from (?:the )?list|rag|status|lead))?(?:\s*\.{3}|…)?(?:\s*[>\])-]+)?$|^click (?:or tap )?here to enter\b/i;

export function isPlaceholder(text: string): boolean {
  return text.length <= 40 && PLACEHOLDER.test(text.trim());
}
