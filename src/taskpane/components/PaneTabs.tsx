import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef } from 'react';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    margin: 0,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorNeutralForeground2Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
    // In a pane narrower than 340 px the four names share 280 px or less: a size smaller.
    '@media (max-width: 339px)': { fontSize: tokens.fontSizeBase200 },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    // The selected tab is underlined, and bold, so it is never told by colour alone.
    boxShadow: `inset 0 calc(-1 * ${tokens.strokeWidthThicker}) 0 ${tokens.colorCompoundBrandStroke}`,
    borderBottomLeftRadius: 0,
    borderBottomRightRadius: 0,
  },
});

/**
 * The pane's tabs, as the WAI-ARIA tabs pattern asks: one Tab stop (the selected tab), the arrow
 * keys, Home and End move between tabs and show each at once. Written here rather than with
 * Fluent's TabList, whose focus manager adds hidden focusable elements that axe-core reports
 * (aria-hidden-focus); it looks the same, with Fluent's tokens.
 */
export function PaneTabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: readonly (readonly [T, string])[];
  selected: T;
  onSelect: (tab: T) => void;
}) {
  const styles = useStyles();
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const go = (index: number) => {
    const [value] = tabs[(index + tabs.length) % tabs.length];
    onSelect(value);
    buttons.current.get(value)?.focus();
  };
  const onKeyDown = (index: number) => (e: React.KeyboardEvent) => {
    const to: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    if (!(e.key in to)) return;
    e.preventDefault();
    go(to[e.key]);
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {tabs.map(([value, name], i) => (
        <button
          key={value}
          ref={(el) => {
            if (el) buttons.current.set(value, el);
            else buttons.current.delete(value);
          }}
          type="button"
          role="tab"
          id={`tab-${value}`}
          aria-selected={value === selected}
          aria-controls={`panel-${value}`}
          tabIndex={value === selected ? 0 : -1}
          className={mergeClasses(styles.tab, value === selected && styles.selected)}
          onClick={() => onSelect(value)}
          onKeyDown={onKeyDown(i)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
