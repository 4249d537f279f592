import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.context.officeTheme we read; absent outside Office or on old hosts. */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  isDarkTheme?: boolean;
}

/** Follows Office's theme: dark when Office says so, or when its body background is dark. */
export function themeFor(office: OfficeThemeColours | null | undefined): Theme {
  return isDark(office) ? webDarkTheme : webLightTheme;
}

export function isDark(office: OfficeThemeColours | null | undefined): boolean {
  if (!office) return false;
  if (typeof office.isDarkTheme === 'boolean') return office.isDarkTheme;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(office.bodyBackgroundColor ?? '');
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  // Relative luminance (sRGB weights, without gamma: close enough to tell dark from light).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Reads the theme Office reports, guarding every step (the property is missing on some hosts). */
export function officeThemeNow(): OfficeThemeColours | null {
  try {
    return (typeof Office !== 'undefined' && Office.context?.officeTheme) || null;
  } catch {
    return null;
  }
}
