import { Alert, Anchor, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { unitDisplayName } from './unit-label';
import { unitSuccessorsQuery } from './unit-queries';

interface CurrentSuccessorsProps {
  unitId: string;
  validTo: string;
  onSelect: (unitId: string) => void;
}

/** For a unit no longer in force: the unit(s) in force today that it became, through every reform. */
export function CurrentSuccessors({ unitId, validTo, onSelect }: CurrentSuccessorsProps) {
  const { t, i18n } = useTranslation();
  const query = useQuery(unitSuccessorsQuery(unitId));
  const successors = query.data?.isInForce ? [] : (query.data?.successors ?? []);

  return (
    <Alert color="orange" role="note" title={t('units.defunctTitle')}>
      <Text size="sm">{t('units.defunctBody', { date: formatDate(validTo, i18n.language) })}</Text>
      {successors.length > 0 && (
        <Group gap={6} mt="xs">
          <Text size="sm" fw={600}>
            {t('units.nowPartOf')}
          </Text>
          {successors.map((successor, index) => (
            <Text span size="sm" key={successor.id}>
              <Anchor
                component="button"
                type="button"
                size="sm"
                fw={600}
                onClick={() => onSelect(successor.id)}
              >
                {unitDisplayName(successor, i18n.language)}
              </Anchor>
              {index < successors.length - 1 ? ',' : ''}
            </Text>
          ))}
        </Group>
      )}
    </Alert>
  );
}
