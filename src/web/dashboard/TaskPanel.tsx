import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { QueueOutput } from '../../contracts/dossiers.contracts';
import { QUEUE_TASK_LABELS, QUEUE_TASKS } from '../../domain/dossier/dossier-queue';
import { apiRequest } from '../api/http';
import { ErrorAlert } from '../forms/ErrorAlert';
import { AnchorLink } from '../layout/AnchorLink';
import { DASHBOARD_NS } from './dashboard-i18n';

/** "Việc cần làm": the person's dossier queue, with counts per task and how many are overdue. */
export function TaskPanel() {
  const { t, i18n } = useTranslation(DASHBOARD_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const queue = useQuery({
    queryKey: ['dossiers', 'queue'],
    queryFn: ({ signal }) => apiRequest<QueueOutput>('/queue', { signal }),
  });
  const items = queue.data?.items ?? [];
  const tasks = QUEUE_TASKS.map((task) => ({
    task,
    count: queue.data?.counts[task] ?? 0,
    overdue: items.filter((i) => i.task === task && i.deadline?.isOverdue).length,
  })).filter((row) => row.count > 0);
  return (
    <section aria-labelledby="tasks-heading">
      <Title order={2} size="h3" id="tasks-heading" mb="sm">
        {t('tasks')}
      </Title>
      <ErrorAlert error={queue.error} />
      {queue.data && tasks.length === 0 && <Text c="dimmed">{t('noTasks')}</Text>}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        {tasks.map((row) => (
          <Card key={row.task} withBorder padding="md" data-testid={`task-${row.task}`}>
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                {QUEUE_TASK_LABELS[row.task][lang]}
              </Text>
              <Group gap="xs">
                <Text fz={28} fw={700}>
                  {row.count.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN')}
                </Text>
                {row.overdue > 0 && (
                  <Badge color="red" variant="filled">
                    {t('overdue', { count: row.overdue })}
                  </Badge>
                )}
              </Group>
              <AnchorLink to="/dossiers" size="sm">
                {t('openQueue')}
              </AnchorLink>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
