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
    // A wide table scrolls inside its own box on a phone, never the page; the box takes the
    // keyboard focus so the table can be scrolled without a mouse (axe: scrollable-region-focusable).
    TableScrollContainer: { defaultProps: { type: 'native', tabIndex: 0 } },
  },
});

/**
 * The text colour of light, subtle and outline badges and buttons and of coloured text, per colour:
 * shade 9, darkened until it reaches 4.5:1 on its own tinted background and on gray.0 (Mantine's
 * shade 6–7 gives 2–3:1 for green, yellow, orange and lime: "Hợp lệ" in pale green).
 */
const READABLE_TEXT: Record<string, string> = {
  dark: '#141414',
  gray: '#212529',
  red: '#b92727',
  pink: '#a61e4d',
  grape: '#862e9c',
  violet: '#5f3dc4',
  indigo: '#364fc7',
  blue: '#1864ab',
  cyan: '#0b7285',
  teal: '#077554',
  green: '#257534',
  lime: '#48730a',
  yellow: '#a55500',
  orange: '#b83d0d',
  ocop: '#0e4724',
};

/** Colours whose filled shade 7 carries white text below 4.5:1 (green 2.8:1, yellow 2.1:1). */
const PALE_FILLED = new Set(['red', 'blue', 'cyan', 'teal', 'green', 'lime', 'yellow', 'orange']);

const readableColorVariables: Record<string, string> = {};
for (const [color, value] of Object.entries(READABLE_TEXT)) {
  readableColorVariables[`--mantine-color-${color}-light-color`] = value;
  readableColorVariables[`--mantine-color-${color}-outline`] = value;
  readableColorVariables[`--mantine-color-${color}-text`] = value;
  if (PALE_FILLED.has(color)) {
    readableColorVariables[`--mantine-color-${color}-filled`] = value;
    readableColorVariables[`--mantine-color-${color}-filled-hover`] =
      `color-mix(in srgb, ${value}, black 15%)`;
  }
}

/** Text reaches WCAG AA contrast (4.5:1) on white and on gray.0: dimmed text, placeholders, colours. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Placeholders shown as text (an empty select, a file field) too: Mantine's gray.5 is 2:1.
  light: {
    '--mantine-color-dimmed': '#495057',
    '--mantine-color-placeholder': '#6c757d',
    // Field errors: Mantine's red.6 is 3.3:1 on white.
    '--mantine-color-error': READABLE_TEXT.red ?? '#b92727',
    ...readableColorVariables,
  },
  dark: {},
});
