/**
 * The snapshots the workbook keeps (newest first), to compare with or to name; read when the pane
 * opens and again after each refresh, which keeps a new one.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SnapshotInfo } from '../plan';
import { listSnapshots, nameSnapshot, type ExcelPort, type RefreshOutcome } from '../addin';

export function useSnapshots(
  excel: ExcelPort,
  outcome: RefreshOutcome | null,
  report: (problem: unknown) => void
) {
  const [snapshots, setSnapshots] = useState<SnapshotInfo[]>([]);
  const [named, setNamed] = useState<SnapshotInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const read = useCallback(async () => {
    try {
      setSnapshots(await listSnapshots(excel));
    } catch (e) {
      report(e);
    }
  }, [excel, report]);

  useEffect(() => {
    let live = true;
    listSnapshots(excel).then(
      (list) => live && setSnapshots(list),
      (e) => live && report(e)
    );
    return () => {
      live = false;
    };
  }, [excel, report, outcome]);

  const name = useCallback(
    async (seq: number, text: string) => {
      setBusy(true);
      setNamed(null);
      try {
        setNamed(await nameSnapshot(excel, seq, text));
        await read();
      } catch (e) {
        report(e);
      } finally {
        setBusy(false);
      }
    },
    [excel, read, report]
  );

  return { snapshots, named, busy, name: (seq: number, text: string) => void name(seq, text) };
}

export type SnapshotState = ReturnType<typeof useSnapshots>;
