import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { unitHistoryQuery } from './unit-queries';
import { SuccessionList } from './SuccessionList';

interface UnitHistoryProps {
  unitId: string;
  onSelect: (unitId: string) => void;
}

/** Where the unit came from and what it became (mergers of the 2025 reform and earlier ones). */
export function UnitHistory({ unitId, onSelect }: UnitHistoryProps) {
  const { t } = useTranslation();
  const query = useQuery(unitHistoryQuery(unitId));
  const history = query.data;

  return (
    <Stack gap="sm" component="section" aria-labelledby="unit-history-heading">
      <Group gap="xs">
        <Title order={3} size="h4" id="unit-history-heading">
          {t('units.historyTitle')}
        </Title>
        {query.isFetching && <Loader size={14} aria-label={t('common.loading')} />}
      </Group>
      <ErrorAlert error={query.error} />
      {history && (
        <>
          <Title order={4} size="h5">
            {t('units.predecessors')}
          </Title>
          {history.predecessors.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('units.noPredecessors')}
            </Text>
          ) : (
            <SuccessionList items={history.predecessors} onSelect={onSelect} />
          )}
          <Title order={4} size="h5">
            {t('units.successors')}
          </Title>
          {history.successors.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('units.noSuccessors')}
            </Text>
          ) : (
            <SuccessionList items={history.successors} onSelect={onSelect} />
          )}
        </>
      )}
    </Stack>
  );
}
