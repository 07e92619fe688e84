import { Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/i18n';

/** Switches between Vietnamese and English; the label is written in the language it offers. */
export function LanguageToggle() {
  const { i18n } = useTranslation();
  const isEnglish = i18n.language === 'en';
  const target = isEnglish ? 'vi' : 'en';
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconLanguage size={16} aria-hidden />}
      onClick={() => void setLanguage(target)}
      lang={target}
    >
      {isEnglish ? 'Tiếng Việt' : 'English'}
    </Button>
  );
}
