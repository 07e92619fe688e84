import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';

/**
 * Be Vietnam Pro, the TTF files every generated PDF embeds: they carry every Vietnamese
 * diacritic and the Latin glyphs (the @fontsource copies lack the latter).
 */
export const PDF_FONTS = {
  regular: require.resolve(`${FONT_PACKAGE}/400Regular/BeVietnamPro_400Regular.ttf`),
  bold: require.resolve(`${FONT_PACKAGE}/700Bold/BeVietnamPro_700Bold.ttf`),
  italic: require.resolve(`${FONT_PACKAGE}/400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf`),
} as const;
