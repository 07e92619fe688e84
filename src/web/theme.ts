import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A deep green: shade 7 on white has a contrast ratio above 6:1 (WCAG AA for all text). */
const ocopGreen: MantineColorsTuple = [
  '#e8f5ec',
  '#d2ead9',
  '#a6d5b4',
  '#77bf8d',
  '#50ad6c',
  '#389f57',
  '#2b8a4a',
  '#1f6f3b',
  '#175c31',
  '#0e4724',
];

const errorAnnouncement = { role: 'alert' } as const;

export const theme = createTheme({
  primaryColor: 'ocop',
  primaryShade: 7,
  colors: { ocop: ocopGreen },
  fontFamily: "'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  headings: {
    fontFamily: "'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  // Plain objects rather than `Select.extend(…)`: importing the components here would put Select,
  // its popover and floating-ui in the sign-in page's first load.
  components: {
    // Field errors are announced when they appear, not only when the field is focused again.
    // Coloured alert titles on their tinted background fall below 4.5:1; keep them dark.
    Alert: { styles: { title: { color: 'var(--mantine-color-dark-8)' } } },
    TextInput: { defaultProps: { errorProps: errorAnnouncement } },
    PasswordInput: { defaultProps: { errorProps: errorAnnouncement } },
    Select: { defaultProps: { errorProps: errorAnnouncement } },
    NativeSelect: { defaultProps: { errorProps: errorAnnouncement } },
  },
});

/** Dimmed text must still reach WCAG AA contrast (4.5:1) on white and on gray.0. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#495057' },
  dark: {},
});
