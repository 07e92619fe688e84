import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StampBatchOutput } from '../../contracts/stamps.contracts';
import { STAMPS_NS } from './stamp-i18n';

/** The warnings of a batch: possible copies, deactivated and reported stamps ("none" when clean). */
export function StampFlags({ scans }: { scans: StampBatchOutput['scans'] }) {
  const { t } = useTranslation(STAMPS_NS);
  const flags = [
    { count: scans.possibleCopies, label: t('possibleCopies'), color: 'red' },
    { count: scans.reported, label: t('reported'), color: 'orange' },
    { count: scans.deactivated, label: t('deactivated'), color: 'gray' },
  ].filter((flag) => flag.count > 0);
  if (flags.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('noFlags')}
      </Text>
    );
  return (
    <Group gap={4}>
      {flags.map((flag) => (
        <Badge key={flag.label} color={flag.color} variant="light" tt="none" style={{ overflow: 'visible' }}>
          {flag.label}: {flag.count}
        </Badge>
      ))}
    </Group>
  );
}
