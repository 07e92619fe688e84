import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from './AccountMenu';
import { LanguageToggle } from './LanguageToggle';
import { MainNav } from './MainNav';
import { NotificationBell } from '../notifications/NotificationBell';

/** The signed-in frame: header (product, language, account menu), navigation, main content. */
export function AppLayout() {
  const { t } = useTranslation();
  const [isNavOpen, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  useEffect(close, [pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      padding="lg"
    >
      <a className="skip-link" href="#main-content">
        {t('layout.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isNavOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={isNavOpen ? t('layout.closeNavigation') : t('layout.openNavigation')}
              aria-expanded={isNavOpen}
              aria-controls="main-navigation"
            />
            <Text
              component={Link}
              to="/"
              fw={700}
              size="lg"
              c="ocop.8"
              td="none"
              style={{ whiteSpace: 'nowrap' }}
            >
              {t('app.name')}
            </Text>
          </Group>
          {/* On a phone the language switch lives in the account menu, so the header keeps one line. */}
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <Group visibleFrom="sm">
              <LanguageToggle />
            </Group>
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {/* The menu scrolls on its own: a standing office holds more entries than a laptop screen shows. */}
      <AppShell.Navbar
        p="sm"
        id="main-navigation"
        component="nav"
        aria-label={t('layout.navigation')}
        style={{ overflowY: 'auto' }}
      >
        <MainNav />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
