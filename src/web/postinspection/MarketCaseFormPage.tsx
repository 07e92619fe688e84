import { Anchor, Button, Card, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { marketCasesApi } from './market-cases.api';
import { POST_INSPECTION_NS } from './post-inspection-i18n';
import { SuspectedReportsPicker } from './SuspectedReportsPicker';

const todayInVietnam = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * Opens a market-surveillance case: the place (its commune and address), the seller, the day,
 * what was sold as OCOP and the certificate number printed on it, and the shoppers' reports it
 * deals with (`?reportId=` preselects one, from the reports list).
 */
export function MarketCaseFormPage() {
  const { t } = useTranslation(POST_INSPECTION_NS);
  const me = useMe();
  const navigate = useNavigate();
  const grant = me.grants.find((g) => g.role === 'inspector' || g.role === 'standing_office');
  const communes = useQuery({
    queryKey: ['market-cases', 'communes', grant?.unitId],
    queryFn: ({ signal }) => marketCasesApi.communes(grant!.unitId, signal),
    enabled: grant !== undefined && grant.unitLevel === 'province',
  });
  const preselected = new URLSearchParams(window.location.search).get('reportId');
  const [form, setForm] = useState({
    unitId: grant?.unitId ?? '',
    sellerName: '',
    placeAddress: '',
    observedOn: todayInVietnam(),
    description: '',
    claimedProduct: '',
    claimedCertificateNumber: '',
  });
  const [reportIds, setReportIds] = useState<string[]>(preselected ? [preselected] : []);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const create = useMutation({
    mutationFn: () =>
      marketCasesApi.create({
        ...form,
        claimedCertificateNumber: form.claimedCertificateNumber.trim() || undefined,
        reportIds,
      }),
    onSuccess: (created) => navigate({ to: '/market-cases/$caseId', params: { caseId: created.id } }),
  });
  const unitOptions = [
    ...(grant ? [{ value: grant.unitId, label: grant.unitName }] : []),
    ...(communes.data?.items ?? []).map((u) => ({ value: u.id, label: u.fullName })),
  ];
  const isComplete =
    form.unitId && form.sellerName.trim() && form.placeAddress.trim() && form.description.trim();
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/market-cases" size="sm">
        ← {t('marketCases.back')}
      </Anchor>
      <PageHeading>{t('marketCases.newTitle')}</PageHeading>
      <Select
        label={t('marketCases.unit')}
        data={unitOptions}
        value={form.unitId}
        onChange={(value) => set('unitId')(value ?? '')}
        searchable
        required
      />
      <TextInput
        label={t('marketCases.place')}
        value={form.placeAddress}
        onChange={(e) => set('placeAddress')(e.currentTarget.value)}
        required
      />
      <Group grow align="start">
        <TextInput
          label={t('marketCases.seller')}
          value={form.sellerName}
          onChange={(e) => set('sellerName')(e.currentTarget.value)}
          required
        />
        <TextInput
          type="date"
          label={t('marketCases.observedOn')}
          value={form.observedOn}
          onChange={(e) => set('observedOn')(e.currentTarget.value)}
          required
        />
      </Group>
      <TextInput
        label={t('marketCases.claimedProduct')}
        description={t('marketCases.claimedProductHelp')}
        value={form.claimedProduct}
        onChange={(e) => set('claimedProduct')(e.currentTarget.value)}
        required
      />
      <TextInput
        label={t('marketCases.certificateNumber')}
        value={form.claimedCertificateNumber}
        onChange={(e) => set('claimedCertificateNumber')(e.currentTarget.value)}
      />
      <Textarea
        label={t('marketCases.description')}
        value={form.description}
        onChange={(e) => set('description')(e.currentTarget.value)}
        autosize
        minRows={3}
        required
      />
      <Card withBorder>
        <Text fw={700}>{t('marketCases.reports')}</Text>
        <Text size="sm" c="dimmed" mb="xs">
          {t('marketCases.reportsHelp')}
        </Text>
        <SuspectedReportsPicker value={reportIds} onChange={setReportIds} />
      </Card>
      <ErrorAlert error={create.error} />
      <Group>
        <Button
          size="md"
          disabled={!isComplete || !form.claimedProduct.trim()}
          loading={create.isPending}
          onClick={() => create.mutate()}
        >
          {t('marketCases.create')}
        </Button>
      </Group>
    </Stack>
  );
}
