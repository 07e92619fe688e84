/// <reference types="vite/client" />
// Every screen's translations (`*-i18n.ts` beside the screens add their namespace to i18next),
// zod's form messages and all of Mantine's styles, in one chunk loaded before any route but the sign-in page (see router.tsx):
// the sign-in page, the first load of a slow phone, needs none of them.
import '@mantine/core/styles.layer.css';
import '../forms/zod-config';

// Every `src/web/<folder>/<name>-i18n.ts`, so a new screen's namespace is never forgotten here.
import.meta.glob('../*/*-i18n.ts', { eager: true });
