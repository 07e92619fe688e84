import { Stack } from '@mantine/core';
import { useMe } from '../auth/useMe';
import './dashboard-i18n';
import { FiguresPanel } from './FiguresPanel';
import { TaskPanel } from './TaskPanel';

/**
 * The home page of the commune, province and central offices: the person's tasks first, then the
 * unit's figures with charts and a drill-down (each part only for those who may see it).
 */
export function HomeDashboard() {
  const me = useMe();
  const hasQueue = me.actions.includes('dossier.read');
  const readsStatistics = me.actions.includes('statistics.read');
  if (!hasQueue && !readsStatistics) return null;
  return (
    <Stack gap="xl">
      {hasQueue && <TaskPanel />}
      {readsStatistics && <FiguresPanel />}
    </Stack>
  );
}
