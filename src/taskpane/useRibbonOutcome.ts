import { useEffect, useState } from 'react';
import { listenForRibbonOutcomes, takeRibbonOutcome, type RibbonOutcome } from '../addin';

/* global window */

/** The ribbon command's outcome: one kept from before the pane opened, then each one live. */
export function useRibbonOutcome(): [RibbonOutcome | null, () => void] {
  const [outcome, setOutcome] = useState<RibbonOutcome | null>(() => takeRibbonOutcome());
  useEffect(() => {
    const stop = listenForRibbonOutcomes(setOutcome);
    // Without the shared runtime the ribbon runs in another page of the same origin.
    const onStorage = () => {
      const o = takeRibbonOutcome();
      if (o) setOutcome(o);
    };
    window.addEventListener('storage', onStorage);
    return () => {
      stop();
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  return [outcome, () => setOutcome(null)];
}
