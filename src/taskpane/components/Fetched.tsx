import { Spinner } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { ProblemBar } from './ProblemBar';

/** What has come, by its loader: a panel opened again shows at once, without a spinner's flash. */
const fetched = new Map<() => Promise<unknown>, unknown>();

type Fetch<T> =
  | { status: 'fetching' }
  | { status: 'fetched'; value: T }
  | { status: 'failed'; error: unknown };

/**
 * What a panel needs that the first view does not (a rarely opened panel's code), fetched when
 * the panel is first shown. While it comes, a spinner; if it cannot come, the problem in plain
 * words and a way to try again: webpack fetches a chunk afresh after a failure.
 */
export function Fetched<T>({
  load,
  label,
  children,
}: {
  load: () => Promise<T>;
  /** What is coming, for the spinner ("Loading the settings"). */
  label: string;
  children: (value: T) => ReactNode;
}) {
  const [fetch, setFetch] = useState<Fetch<T>>(() =>
    fetched.has(load)
      ? { status: 'fetched', value: fetched.get(load) as T }
      : { status: 'fetching' }
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (fetched.has(load)) return;
    let live = true;
    load().then(
      (value) => {
        fetched.set(load, value);
        if (live) setFetch({ status: 'fetched', value });
      },
      (error: unknown) => live && setFetch({ status: 'failed', error })
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);
  const tryAgain = () => {
    setFetch({ status: 'fetching' });
    setAttempt((n) => n + 1);
  };
  if (fetch.status === 'fetched') return <>{children(fetch.value)}</>;
  if (fetch.status === 'failed') {
    return <ProblemBar error={fetch.error} action="Try again" onAction={tryAgain} />;
  }
  return <Spinner size="tiny" label={label} />;
}
