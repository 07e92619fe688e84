import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NOTIFICATIONS_NS } from './notification-i18n';
import { NOTIFICATIONS_KEY, notificationsApi } from './notifications.api';

/** The header bell: the unread count, a link to the inbox; refreshed every minute. */
export function NotificationBell() {
  const { t } = useTranslation(NOTIFICATIONS_NS);
  const unread = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread-count'],
    queryFn: ({ signal }) => notificationsApi.list({ unreadOnly: true, limit: 1 }, signal),
    refetchInterval: 60_000,
    select: (data) => data.unreadCount,
  });
  const count = unread.data ?? 0;
  return (
    <Indicator label={count > 99 ? '99+' : count} size={18} disabled={count === 0} color="red" offset={4}>
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        size="lg"
        aria-label={count > 0 ? t('bellLabelUnread', { count }) : t('bellLabel')}
        data-testid="notification-bell"
      >
        <IconBell size={22} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
