import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GetUnitOutput } from '../../contracts/units.contracts';

interface UnitAncestorsProps {
  ancestors: GetUnitOutput['ancestors'];
  onSelect: (unitId: string) => void;
}

/** The units above, from the nation down to the parent (those the user may see). */
export function UnitAncestors({ ancestors, onSelect }: UnitAncestorsProps) {
  const { t } = useTranslation();
  if (ancestors.length === 0) return null;
  return (
    <nav aria-label={t('units.ancestors')}>
      <Breadcrumbs separator="›" separatorMargin={6}>
        {ancestors.map((ancestor) => (
          <Anchor
            key={ancestor.id}
            component="button"
            type="button"
            size="sm"
            onClick={() => onSelect(ancestor.id)}
          >
            <Text span size="sm">
              {ancestor.fullName}
            </Text>
          </Anchor>
        ))}
      </Breadcrumbs>
    </nav>
  );
}
