import { Group, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from './registry-i18n';
import { PAGE_SIZE } from './registry.api';

/** Page links under a list, shown only when there is more than one page. */
export function ListPagination({
  total,
  page,
  onChange,
}: {
  total: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation(REGISTRY_NS);
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  return (
    <Group justify="center" component="nav" aria-label={t('pagination')}>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': t(`page.${control}`) })}
      />
    </Group>
  );
}
