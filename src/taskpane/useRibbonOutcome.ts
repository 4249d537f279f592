import { useEffect, useState } from 'react';
import { takeRibbonOutcome, type RibbonOutcome } from '../commands/ribbonOutcome';

/* global window */

/** The ribbon command's last outcome: read when the pane opens, and live while it is open. */
export function useRibbonOutcome(): [RibbonOutcome | null, () => void] {
  const [outcome, setOutcome] = useState<RibbonOutcome | null>(() => takeRibbonOutcome());
  useEffect(() => {
    const onStorage = () => {
      const o = takeRibbonOutcome();
      if (o) setOutcome(o);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return [outcome, () => setOutcome(null)];
}
