import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  header: { overflowWrap: 'anywhere' },
});

/** Lists longer than this show a "Show all" button, so a large plan does not flood the pane. */
export const FIRST = 25;

/**
 * One collapsed group of an Accordion: a header with its count ("Timescale is TBC: 42 actions")
 * that opens to its items, the first 25 then "Show all". Closed, it costs one Tab stop.
 */
export function CollapsedList<T>({
  value,
  title,
  icon,
  items,
  level = 'h2',
  children,
}: {
  value: string;
  /** The header's level: h2 right under the tab's h1, h3 under a section's h2. */
  level?: 'h2' | 'h3';
  title: string;
  icon?: React.ReactElement;
  items: T[];
  children: (item: T) => React.ReactNode;
}) {
  const styles = useStyles();
  const id = useId();
  return (
    <AccordionItem value={value}>
      <AccordionHeader as={level} icon={icon} className={styles.header} button={{ id }}>
        {title}
      </AccordionHeader>
      {/* A region named by its header, so a screen reader can find the list it opened. */}
      <AccordionPanel role="region" aria-labelledby={id}>
        <ShownItems items={items}>{children}</ShownItems>
      </AccordionPanel>
    </AccordionItem>
  );
}

/** A list's first 25 items, then "Show all": a large plan does not flood the pane. */
export function ShownItems<T>({
  items,
  children,
}: {
  items: T[];
  children: (item: T) => React.ReactNode;
}) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <>
      <ul className={styles.list}>
        {shown.map((item, i) => (
          <li key={i} className={styles.item}>
            {children(item)}
          </li>
        ))}
      </ul>
      {items.length > shown.length && (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          Show all {items.length}
        </Button>
      )}
    </>
  );
}
