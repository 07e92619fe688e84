import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { UnitTreeNode } from './UnitTreeNode';

interface UnitTreeProps {
  asOf: string | undefined;
  selectedId: string | undefined;
  onSelect: (unitId: string) => void;
}

/** The tree starts at the units of the user's grants; children load when a node is opened. */
export function UnitTree({ asOf, selectedId, onSelect }: UnitTreeProps) {
  const { t } = useTranslation();
  const me = useMe();
  const roots = useMemo(() => {
    const seen = new Map<string, { id: string; name: string; level: string }>();
    for (const grant of me.grants) {
      if (!seen.has(grant.unitId))
        seen.set(grant.unitId, { id: grant.unitId, name: grant.unitName, level: grant.unitLevel });
    }
    return [...seen.values()];
  }, [me.grants]);

  if (roots.length === 0) return <Text c="dimmed">{t('units.noRoots')}</Text>;
  return (
    <ul className="unit-tree" aria-label={t('units.treeTitle')}>
      {roots.map((root) => (
        <UnitTreeNode
          key={root.id}
          unit={root}
          asOf={asOf}
          selectedId={selectedId}
          onSelect={onSelect}
          isInitiallyOpen={roots.length === 1}
        />
      ))}
    </ul>
  );
}
