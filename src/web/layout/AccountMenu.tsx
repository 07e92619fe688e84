import { Button, Menu, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconChevronDown,
  IconKey,
  IconLanguage,
  IconLogout,
  IconLogout2,
  IconUserCircle,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { setLanguage } from '../i18n/i18n';
import { ChangePasswordModal } from './ChangePasswordModal';
import { roleLabel } from './roles';
import { useLogout } from './useLogout';

/** Display name, current role and unit, language, password change, sign-out. */
export function AccountMenu() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [isPasswordOpen, passwordModal] = useDisclosure(false);
  const logout = useLogout(false);
  const logoutEverywhere = useLogout(true);
  const primaryGrant = me.grants[0];
  const otherLanguage = i18n.language === 'en' ? 'vi' : 'en';

  return (
    <>
      <Menu position="bottom-end" width={300} shadow="md">
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconUserCircle size={18} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            aria-label={t('accountMenu.open', { name: me.displayName })}
          >
            {/* A phone shows the icon only; the button's label still names the person. */}
            <Text span size="sm" fw={600} truncate maw={180} visibleFrom="sm">
              {me.displayName}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="dark.7">
              {me.displayName}
            </Text>
            <Text size="xs" c="dimmed">
              {me.username}
            </Text>
            {primaryGrant ? (
              <Text size="xs" c="dark.5" mt={4}>
                {roleLabel(primaryGrant.role, i18n.language)} — {primaryGrant.unitName}
                {me.grants.length > 1
                  ? ` ${t('accountMenu.moreGrants', { count: me.grants.length - 1 })}`
                  : ''}
              </Text>
            ) : (
              <Text size="xs" c="dark.5" mt={4}>
                {t('dashboard.noGrants')}
              </Text>
            )}
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={passwordModal.open}>
            {t('accountMenu.changePassword')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLanguage size={16} aria-hidden />}
            onClick={() => void setLanguage(otherLanguage)}
            lang={otherLanguage}
          >
            {otherLanguage === 'en' ? 'English' : 'Tiếng Việt'}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => logout.mutate()}>
            {t('accountMenu.logout')}
          </Menu.Item>
          <Menu.Item
            color="red.9"
            leftSection={<IconLogout2 size={16} aria-hidden />}
            onClick={() => logoutEverywhere.mutate()}
          >
            {t('accountMenu.logoutEverywhere')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={isPasswordOpen} onClose={passwordModal.close} />
    </>
  );
}
