import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isNewsActionAllowed, type NewsAction } from '../../domain/news/news-workflow';
import { NEWS_KIND_LABELS_VI, type NewsStatus } from '../../domain/news/news.types';
import { useCan } from '../auth/useCan';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { NEWS_NS } from './news-i18n';
import { newsApi } from './news.api';

export const NEWS_KEY = ['news'] as const;

const STATUS_KEYS = {
  draft: 'statusDraft',
  reviewed: 'statusReviewed',
  published: 'statusPublished',
  unpublished: 'statusUnpublished',
} as const satisfies Record<NewsStatus, string>;
const STATUS_COLORS = { draft: 'gray', reviewed: 'blue', published: 'green', unpublished: 'orange' } as const;
const TRANSITIONS = ['review', 'publish', 'unpublish'] as const satisfies readonly NewsAction[];

/** The news articles of the account's units, with review / publish / withdraw after confirmation. */
export function NewsPage() {
  const { t, i18n } = useTranslation(NEWS_NS);
  const canManage = useCan('promotion.manage');
  const queryClient = useQueryClient();
  const news = useQuery({ queryKey: NEWS_KEY, queryFn: ({ signal }) => newsApi.list(0, signal) });
  const change = useMutation({
    mutationFn: (v: { id: string; action: (typeof TRANSITIONS)[number] }) =>
      newsApi.transition(v.id, v.action),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NEWS_KEY }),
  });
  return (
    <Stack>
      <PageHeading>{t('title')}</PageHeading>
      <Text>{t('intro')}</Text>
      {canManage && (
        <Button
          component={Link}
          to="/news/new"
          leftSection={<IconPlus size={16} aria-hidden />}
          w="fit-content"
        >
          {t('new')}
        </Button>
      )}
      <ErrorAlert error={news.error} />
      {news.data?.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('titleField')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
                <Table.Th>{t('updatedAt')}</Table.Th>
                <Table.Th>{t('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(news.data?.items ?? []).map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    {a.title}
                    <br />
                    <Text span size="sm" c="dimmed">
                      {NEWS_KIND_LABELS_VI[a.kind]} · {a.unit.name}
                    </Text>
                    {a.products.length + a.producers.length > 0 && (
                      <Text size="sm" c="dimmed">
                        {t('mentions', {
                          names: [...a.products, ...a.producers].map((m) => m.name).join(', '),
                        })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[a.status]} variant="light">
                      {t(STATUS_KEYS[a.status])}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {new Date(a.updatedAt).toLocaleDateString(i18n.language, {
                      timeZone: 'Asia/Ho_Chi_Minh',
                    })}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {a.status === 'published' && (
                        <Anchor href={a.publicUrl} target="_blank" rel="noopener">
                          {t('view')}
                        </Anchor>
                      )}
                      {canManage && isNewsActionAllowed(a.status, 'edit') && (
                        <Button
                          renderRoot={(props) => (
                            <Link {...props} to="/news/$articleId/edit" params={{ articleId: a.id }} />
                          )}
                          size="xs"
                          variant="default"
                        >
                          {t('edit')}
                        </Button>
                      )}
                      {canManage &&
                        TRANSITIONS.filter((action) => isNewsActionAllowed(a.status, action)).map(
                          (action) => (
                            <ConfirmAction
                              key={action}
                              label={t(action)}
                              buttonProps={{ size: 'xs' }}
                              title={t(`${action}Confirm`, { title: a.title })}
                              consequence={t(`${action}Effect`)}
                              onConfirm={() => change.mutateAsync({ id: a.id, action })}
                            />
                          ),
                        )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
