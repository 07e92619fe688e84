import { Alert, Badge, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate, todayIsoDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { COUNCIL_SETTINGS_KEY, councilSettingsApi } from './council-settings.api';
import { COUNCIL_SETTINGS_NS } from './council-settings-i18n';
import { settingRows } from './council-settings-labels';
import { CouncilSettingsForm } from './CouncilSettingsForm';

/** The settings in force and by default, the periods set so far, and (for those who may) the form. */
function ProvinceCouncilSettings({ provinceId }: { provinceId: string }) {
  const { t, i18n } = useTranslation(COUNCIL_SETTINGS_NS);
  const today = todayIsoDate();
  const query = useQuery({
    queryKey: [...COUNCIL_SETTINGS_KEY, provinceId],
    queryFn: ({ signal }) => councilSettingsApi.get(provinceId, signal),
  });
  if (query.isPending) return <Loader aria-label={t('loading')} />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const data = query.data;
  const defaults = settingRows(t, data.defaults);
  return (
    <Stack gap="lg">
      <Table.ScrollContainer minWidth={0}>
        <Table striped withTableBorder verticalSpacing="sm" aria-label={t('inForceTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('setting')}</Table.Th>
              <Table.Th>{t('inForce')}</Table.Th>
              <Table.Th>{t('default')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {settingRows(t, data.inForce).map(([label, value], index) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" fw={500}>
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
                <Table.Td>{defaults[index]?.[1]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data.periods.length > 0 && (
        <section aria-labelledby="council-settings-periods-title">
          <Title order={2} size="h4" mb="xs" id="council-settings-periods-title">
            {t('periodsTitle')}
          </Title>
          <Table.ScrollContainer minWidth={0}>
            <Table withTableBorder verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('effectiveFrom')}</Table.Th>
                  <Table.Th>{t('setting')}</Table.Th>
                  <Table.Th>{t('recordedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...data.periods].reverse().map((period) => (
                  <Table.Tr key={period.effectiveFrom}>
                    <Table.Td>
                      {formatDate(period.effectiveFrom, i18n.language)}{' '}
                      {period.effectiveFrom > today && (
                        <Badge variant="light" color="blue">
                          {t('upcoming')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {settingRows(t, period.settings)
                        .map(([label, value]) => `${label}: ${value}`)
                        .join('; ')}
                    </Table.Td>
                    <Table.Td>{formatDate(period.updatedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      )}
      {data.canManage && <CouncilSettingsForm provinceId={provinceId} inForce={data.inForce} today={today} />}
    </Stack>
  );
}

/** For accounts granted at the national level: find a province by name. */
function ProvinceSearch({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation(COUNCIL_SETTINGS_NS);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const found = useQuery({
    queryKey: [...COUNCIL_SETTINGS_KEY, 'provinces', debounced],
    queryFn: ({ signal }) => councilSettingsApi.provinces(debounced, signal),
    enabled: debounced.length >= 1,
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      label={t('province')}
      placeholder={t('provinceSearch')}
      searchable
      clearable
      data={(found.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.fullName }))}
      value={value}
      onChange={onChange}
      searchValue={text}
      onSearchChange={setText}
      filter={({ options }) => options}
      nothingFoundMessage={t('provinceNone')}
      w={360}
      maw="100%"
    />
  );
}

/**
 * Quy chế hội đồng của tỉnh: quorum share and rounding, the chair rule, abstentions, the
 * forwarding reading and the reading of "cấp huyện" a province's councils follow from a date on.
 * The provincial standing office and administrators set them; each round keeps its own copy.
 */
export function CouncilSettingsPage() {
  const { t } = useTranslation(COUNCIL_SETTINGS_NS);
  const me = useMe();
  const provinces = [
    ...new Map(
      me.grants.filter((g) => g.unitLevel === 'province').map((g) => [g.unitId, g.unitName]),
    ).entries(),
  ];
  const isNational = me.grants.some((g) => g.unitLevel === 'nation');
  const [provinceId, setProvinceId] = useState<string | null>(provinces[0]?.[0] ?? null);

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeading>{t('title')}</PageHeading>
      <Text>{t('intro')}</Text>
      <Alert variant="light" color="blue" title={t('ruleTitle')}>
        {t('rule')}
      </Alert>
      {isNational ? (
        <ProvinceSearch value={provinceId} onChange={setProvinceId} />
      ) : provinces.length === 1 ? (
        <Text fw={500}>{t('provinceOf', { name: provinces[0]?.[1] })}</Text>
      ) : (
        provinces.length > 1 && (
          <Select
            label={t('province')}
            data={provinces.map(([value, label]) => ({ value, label }))}
            value={provinceId}
            onChange={setProvinceId}
            allowDeselect={false}
            w={360}
            maw="100%"
          />
        )
      )}
      {provinceId ? (
        <ProvinceCouncilSettings key={provinceId} provinceId={provinceId} />
      ) : (
        <Text c="dimmed">{t('chooseProvince')}</Text>
      )}
    </Stack>
  );
}
