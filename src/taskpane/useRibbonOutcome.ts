import { useEffect, useState } from 'react';
import { listenForRibbonOutcomes, takeRibbonOutcome, type RibbonOutcome } from '../addin';

/** The ribbon command's outcome: one kept from before the pane opened, then each one live. */
export function useRibbonOutcome(): [RibbonOutcome | null, () => void] {
  const [outcome, setOutcome] = useState<RibbonOutcome | null>(() => takeRibbonOutcome());
  // Listening also hands over one that arrived between the first render and now.
  useEffect(() => listenForRibbonOutcomes(setOutcome), []);
  return [outcome, () => setOutcome(null)];
}
