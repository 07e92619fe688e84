import { Anchor, Badge, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { NOTIFICATIONS_NS } from './notification-i18n';
import { NOTIFICATIONS_KEY, notificationTarget, notificationsApi } from './notifications.api';

/** Dates as dd/MM/yyyy HH:mm in Vietnam time. */
const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** The inbox: every notification of the signed-in person, newest first; mail choices per kind. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation(NOTIFICATIONS_NS);
  const isEnglish = i18n.language === 'en';
  const queryClient = useQueryClient();
  const [isUnreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', isUnreadOnly],
    queryFn: ({ signal }) => notificationsApi.list({ unreadOnly: isUnreadOnly, limit: 200 }, signal),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const markRead = useMutation({ mutationFn: notificationsApi.markRead, onSuccess: refresh });
  const markAll = useMutation({ mutationFn: notificationsApi.markAllRead, onSuccess: refresh });
  const preferences = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'mail-preferences'],
    queryFn: ({ signal }) => notificationsApi.mailPreferences(signal),
  });
  const setPreference = useMutation({
    mutationFn: notificationsApi.setMailPreference,
    onSuccess: (data) => queryClient.setQueryData([...NOTIFICATIONS_KEY, 'mail-preferences'], data),
  });
  const items = list.data?.items ?? [];

  return (
    <Stack>
      <PageHeading>{t('title')}</PageHeading>
      <Text>{t('intro')}</Text>
      <Group justify="space-between" wrap="wrap">
        <Switch
          label={t('unreadOnly')}
          checked={isUnreadOnly}
          onChange={(event) => setUnreadOnly(event.currentTarget.checked)}
        />
        <Button
          variant="light"
          onClick={() => markAll.mutate()}
          loading={markAll.isPending}
          disabled={(list.data?.unreadCount ?? 0) === 0}
        >
          {t('markAllRead')}
        </Button>
      </Group>
      <ErrorAlert error={list.error ?? markRead.error ?? markAll.error} />
      {list.data && items.length === 0 && (
        <Text c="dimmed">{isUnreadOnly ? t('emptyUnread') : t('empty')}</Text>
      )}
      <Stack
        gap="sm"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-label={t('title')}
      >
        {items.map((item) => {
          const target = notificationTarget(item.entityType, item.entityId);
          const isUnread = item.readAt === null;
          return (
            <Card key={item.id} component="li" withBorder padding="md" bg={isUnread ? 'ocop.0' : undefined}>
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={4} style={{ flex: '1 1 260px', minWidth: 0 }}>
                  <Group gap="xs">
                    {isUnread && (
                      <Badge color="red" variant="filled" size="sm">
                        {t('unread')}
                      </Badge>
                    )}
                    <Title order={2} size="h5">
                      {isEnglish ? item.titleEn : item.titleVi}
                    </Title>
                  </Group>
                  <Text size="sm">{isEnglish ? item.bodyEn : item.bodyVi}</Text>
                  <Text size="xs" c="dimmed">
                    {dateTime.format(new Date(item.createdAt))}
                  </Text>
                </Stack>
                <Group gap="xs">
                  {target && (
                    <Anchor
                      component={Link}
                      to={target}
                      size="sm"
                      onClick={() => isUnread && markRead.mutate(item.id)}
                    >
                      {t('open')}
                    </Anchor>
                  )}
                  {isUnread && (
                    <Button size="xs" variant="subtle" onClick={() => markRead.mutate(item.id)}>
                      {t('markRead')}
                    </Button>
                  )}
                </Group>
              </Group>
            </Card>
          );
        })}
      </Stack>
      <Title order={2} size="h3" mt="lg">
        {t('mailTitle')}
      </Title>
      <Text size="sm">{t('mailIntro')}</Text>
      <ErrorAlert error={preferences.error ?? setPreference.error} />
      <Stack gap="xs">
        {(preferences.data?.items ?? []).map((preference) => (
          <Switch
            key={preference.kind}
            label={isEnglish ? preference.labelEn : preference.labelVi}
            checked={preference.isMailEnabled}
            onChange={(event) =>
              setPreference.mutate({ kind: preference.kind, isMailEnabled: event.currentTarget.checked })
            }
          />
        ))}
      </Stack>
      {setPreference.isSuccess && (
        <Text size="sm" c="green.8" role="status">
          {t('mailSaved')}
        </Text>
      )}
    </Stack>
  );
}
