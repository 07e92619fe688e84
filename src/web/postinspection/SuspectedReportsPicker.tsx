import { Checkbox, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { marketCasesApi } from './market-cases.api';
import { POST_INSPECTION_NS } from './post-inspection-i18n';

const vnDateTime = (iso: string) =>
  new Date(iso).toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  });

/** Shoppers' reports of suspected fake stamps of the account's provinces, to choose from. */
export function SuspectedReportsPicker(props: {
  value: string[];
  onChange: (ids: string[]) => void;
  /** Reports already linked (not offered again). */
  exclude?: readonly string[];
}) {
  const { t } = useTranslation(POST_INSPECTION_NS);
  const reports = useQuery({
    queryKey: ['market-cases', 'reports'],
    queryFn: ({ signal }) => marketCasesApi.reports(signal),
  });
  const items = (reports.data?.items ?? []).filter((r) => !props.exclude?.includes(r.id));
  return (
    <Stack gap="xs">
      <ErrorAlert error={reports.error} />
      {reports.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('marketCases.noReports')}
        </Text>
      )}
      <Checkbox.Group value={props.value} onChange={props.onChange}>
        <Stack gap="xs">
          {items.map((r) => (
            <Checkbox
              key={r.id}
              value={r.id}
              label={`${vnDateTime(r.createdAt)} — ${r.productName ?? r.serial ?? r.stampPath}: ${r.message}`}
              description={[
                r.placeOfPurchase,
                r.caseIds.length > 0 ? t('marketCases.linkedCases', { count: r.caseIds.length }) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}
