import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ExportList } from '../../contracts/exports.contracts';
import { i18next } from '../i18n/i18n';

i18next.addResourceBundle('vi', 'exports', { excel: 'Xuất Excel', csv: 'Xuất CSV' }, true, true);
i18next.addResourceBundle('en', 'exports', { excel: 'Export Excel', csv: 'Export CSV' }, true, true);

/** The download address of a list with the filters the screen shows (empty ones left out). */
export function exportUrl(
  list: ExportList,
  format: 'xlsx' | 'csv',
  filters: Record<string, string | number | boolean | null | undefined> = {},
) {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== null && value !== '' && key !== 'limit' && key !== 'offset')
      params.set(key, String(value));
  return `/api/v1/exports/${list}?${params.toString()}`;
}

/**
 * "Xuất Excel / CSV": downloads what the list shows with its current filters (the server applies
 * the same filters and jurisdiction as the list itself).
 */
export function ExportButtons({
  list,
  filters,
}: {
  list: ExportList;
  filters?: Record<string, string | number | boolean | null | undefined>;
}) {
  const { t } = useTranslation('exports');
  return (
    <Group gap="xs">
      <Button
        component="a"
        href={exportUrl(list, 'xlsx', filters)}
        download
        variant="default"
        size="xs"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
      >
        {t('excel')}
      </Button>
      <Button component="a" href={exportUrl(list, 'csv', filters)} download variant="default" size="xs">
        {t('csv')}
      </Button>
    </Group>
  );
}
