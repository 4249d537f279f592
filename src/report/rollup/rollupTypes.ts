/** The workbooks of a roll-up: many directorates' plans summarised as one (rag-plan rollup, the pane). */
import type { Plan } from '../../plan';

/** One workbook given to a roll-up, before it is read. */
export interface RollupSource {
  /** The file as the user gave it (a path, or a file name picked in the pane). */
  file: string;
  /**
   * How the summary reaches it: its path from the summary's folder, "/" between folders
   * ("plans/Adults.xlsx"). Its actions are keyed by it, so the same reference in two workbooks never
   * matches, and the links open it.
   */
  link: string;
  /** What the summary calls it (the directorate): its title when it has its own, else the file name without its extension. */
  name: string;
}

/** A workbook read: its plans, or the one line saying why it could not be read. */
export type RollupWorkbook = RollupSource &
  ({ plans: Plan[]; reason: null } | { plans: null; reason: string });

/** The file name without folders or extension: "plans/Adults.xlsx" -> "Adults". */
function bareName(link: string): string {
  return (link.split('/').pop() ?? link).replace(/\.[^.]*$/, '') || link;
}

/**
 * Sources for files given by their links, in the order given. Each is named by its file name; when
 * two share a file name (two folders), both are named by their path, so no two rows look alike.
 */
export function rollupSources(files: { file: string; link: string }[]): RollupSource[] {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(bareName(f.link), (counts.get(bareName(f.link)) ?? 0) + 1);
  return files.map((f) => {
    const bare = bareName(f.link);
    const name = (counts.get(bare) ?? 0) > 1 ? f.link.replace(/\.[^./]*$/, '') : bare;
    return { file: f.file, link: f.link, name };
  });
}

/**
 * A workbook is named by its title (File > Info > Title) when it has one that no other workbook
 * has as its title or file name; otherwise by its file name, so two directorates never share a row.
 */
export function namedByTitles(sources: RollupSource[], titles: (string | null)[]): string[] {
  const taken = [...titles, ...sources.map((s) => s.name)];
  return sources.map((s, i) => {
    const title = titles[i];
    if (title === null) return s.name;
    return taken.filter((t) => t === title).length === 1 ? title : s.name;
  });
}
