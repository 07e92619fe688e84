import { useEffect, useRef, type ReactNode } from 'react';
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PageHeadingProps {
  children: ReactNode;
  /** Plain-text title for the browser tab; defaults to the heading when it is a string. */
  documentTitle?: string;
}

/**
 * The page's one `<h1>`. It takes focus when the page opens, so screen-reader and keyboard users
 * land on the new content after a navigation; it also names the browser tab.
 */
export function PageHeading({ children, documentTitle }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const title = documentTitle ?? (typeof children === 'string' ? children : undefined);

  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    document.title = title ? `${title} — ${t('app.name')}` : t('app.name');
  }, [title, t]);

  return (
    <Title order={1} size="h2" ref={ref} tabIndex={-1} className="page-heading" id="page-heading">
      {children}
    </Title>
  );
}
