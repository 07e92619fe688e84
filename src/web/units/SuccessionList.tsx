import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitSuccession } from '../api/units.api';
import { formatDate } from '../i18n/format';
import { unitDisplayName } from './unit-label';
import { unitLevelKey } from './unit-levels';

/** Units linked by a succession (predecessors or successors), each selectable. */
export function SuccessionList({
  items,
  onSelect,
}: {
  items: UnitSuccession[];
  onSelect: (unitId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <List spacing={4} size="sm">
      {items.map(({ unit, effectiveDate }) => (
        <List.Item key={unit.id}>
          <Anchor component="button" type="button" onClick={() => onSelect(unit.id)} size="sm" fw={600}>
            {unitDisplayName(unit, i18n.language)}
          </Anchor>{' '}
          <Text span size="sm" c="dimmed">
            ({t(unitLevelKey(unit.level))}
            {effectiveDate
              ? `, ${t('units.effective', { date: formatDate(effectiveDate, i18n.language) })}`
              : ''}
            )
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
