import type { CellIcon, IconSetName, Direction, Rag } from '../core';

/**
 * What the icon of a conditional-format icon set means to a reader of a plan. Traffic lights and
 * their kin (signs, symbols, flags: red, yellow, green) are a rating; arrows and triangles are
 * direction of travel, never a rating; stars, bars, quarters, boxes and the red-to-black shades
 * rate an amount, not delivery, and mean neither. Icons are listed lowest values first, as Excel
 * numbers them.
 */
const RATINGS: Partial<Record<IconSetName, readonly Rag[]>> = {
  '3TrafficLights1': ['red', 'amber', 'green'],
  '3TrafficLights2': ['red', 'amber', 'green'],
  '3Signs': ['red', 'amber', 'green'],
  '3Symbols': ['red', 'amber', 'green'],
  '3Symbols2': ['red', 'amber', 'green'],
  '3Flags': ['red', 'amber', 'green'],
  // Black, then red, yellow, green: the black light is the worst, read as Red.
  '4TrafficLights': ['red', 'red', 'amber', 'green'],
};

const DIRECTIONS: Partial<Record<IconSetName, readonly Direction[]>> = {
  '3Arrows': ['worsening', 'unchanged', 'improving'],
  '3ArrowsGray': ['worsening', 'unchanged', 'improving'],
  '3Triangles': ['worsening', 'unchanged', 'improving'],
  // Down, down-right, up-right, up.
  '4Arrows': ['worsening', 'worsening', 'improving', 'improving'],
  '4ArrowsGray': ['worsening', 'worsening', 'improving', 'improving'],
  '5Arrows': ['worsening', 'worsening', 'unchanged', 'improving', 'improving'],
  '5ArrowsGray': ['worsening', 'worsening', 'unchanged', 'improving', 'improving'],
};

/** The rating a traffic-light kind of icon shows; null for any other icon. Total. */
export function ragOfIcon(icon: CellIcon | null | undefined): Rag | null {
  if (!icon) return null;
  return RATINGS[icon.set]?.[icon.index] ?? null;
}

/** The direction of travel an arrow or triangle icon shows; null for any other icon. Total. */
export function directionOfIcon(icon: CellIcon | null | undefined): Direction | null {
  if (!icon) return null;
  return DIRECTIONS[icon.set]?.[icon.index] ?? null;
}

const SET_LABELS: Partial<Record<IconSetName, string>> = {
  '3TrafficLights1': 'traffic light',
  '3TrafficLights2': 'traffic light',
  '4TrafficLights': 'traffic light',
  '3Signs': 'sign',
  '3Symbols': 'symbol',
  '3Symbols2': 'symbol',
  '3Flags': 'flag',
  '3Triangles': 'triangle',
};

/** "a red traffic light", "an improving arrow": the icon as a finding names it. */
export function iconLabel(icon: CellIcon): string {
  const rag = ragOfIcon(icon);
  if (rag) return `a ${rag === 'amber' ? 'yellow' : rag} ${SET_LABELS[icon.set] ?? 'icon'}`;
  const direction = directionOfIcon(icon);
  if (direction)
    return `${direction === 'worsening' ? 'a' : 'an'} ${direction} ${SET_LABELS[icon.set] ?? 'arrow'}`;
  return `icon ${icon.index + 1} of the ${icon.set} set`;
}
