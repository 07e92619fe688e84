import { Box, Center, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from '../layout/LanguageToggle';

/** The frame of the pages reached without signing in (registration, confirmation), like the login page. */
export function PublicPageFrame({ children, width = 420 }: { children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Box w="100%" maw={width}>
        <Group justify="space-between" mb="md">
          <Text fw={700} size="lg" c="ocop.8">
            {t('app.name')}
          </Text>
          <LanguageToggle />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md" component="main">
          {children}
        </Paper>
      </Box>
    </Center>
  );
}
