import {
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  CreateInspectionPlanInput,
  ListInspectionPlansOutput,
} from '../../contracts/inspections.contracts';
import { INSPECTION_AGENCIES } from '../../domain/inspection/inspection-agencies';
import { apiRequest } from '../api/http';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { POST_INSPECTION_NS } from './post-inspection-i18n';
import { postInspectionApi } from './post-inspection.api';

type Agency = (typeof INSPECTION_AGENCIES)[number];
interface Row {
  producerId: string | null;
  agency: Agency;
  month: number;
  kind: 'planned' | 'surprise';
}

/** The yearly inspection plans of the unit, and a form for the office or an inspector to add one. */
export function InspectionPlansSection() {
  const { t } = useTranslation(POST_INSPECTION_NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const canPlan = me.actions.includes('inspection.plan');
  const unitId = me.grants.find((g) => g.role === 'standing_office' || g.role === 'inspector')?.unitId;
  const plans = useQuery({
    queryKey: ['inspections', 'plans'],
    queryFn: ({ signal }) =>
      apiRequest<z.infer<typeof ListInspectionPlansOutput>>('/inspection-plans', {
        query: { limit: 50 },
        signal,
      }),
  });
  const producers = useQuery({
    queryKey: ['inspections', 'producers'],
    queryFn: ({ signal }) => postInspectionApi.producers(signal),
    enabled: canPlan,
  });
  const [isOpen, setIsOpen] = useState(false);
  const [year, setYear] = useState(new Date().getFullYear());
  const [title, setTitle] = useState('');
  const [rows, setRows] = useState<Row[]>([
    { producerId: null, agency: 'health', month: 1, kind: 'planned' },
  ]);
  const create = useMutation({
    mutationFn: (input: CreateInspectionPlanInput) =>
      apiRequest('/inspection-plans', { method: 'POST', body: input }),
    onSuccess: async () => {
      setIsOpen(false);
      setTitle('');
      await queryClient.invalidateQueries({ queryKey: ['inspections', 'plans'] });
    },
  });
  const producerName = (id: string) => producers.data?.items.find((p) => p.id === id)?.name ?? id.slice(0, 8);
  const update = (index: number, patch: Partial<Row>) =>
    setRows((r) => r.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('plans')}
      </Title>
      <ErrorAlert error={plans.error} />
      {plans.data && plans.data.items.length === 0 && <Text c="dimmed">{t('noPlans')}</Text>}
      {(plans.data?.items ?? []).map((plan) => (
        <Card withBorder key={plan.id}>
          <Text fw={700}>{`${plan.title} (${plan.year})`}</Text>
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Tbody>
                {plan.items.map((item, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{producerName(item.producerId)}</Table.Td>
                    <Table.Td>{t(`agencies.${item.agency}`)}</Table.Td>
                    <Table.Td>{t('monthN', { month: item.month })}</Table.Td>
                    <Table.Td>{item.kind === 'planned' ? t('kindPlanned') : t('kindSurprise')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ))}
      {canPlan && unitId && (
        <Group>
          <Button variant="light" onClick={() => setIsOpen(true)}>
            {t('newPlan')}
          </Button>
        </Group>
      )}
      <Modal opened={isOpen} onClose={() => setIsOpen(false)} title={t('newPlan')} size="lg" centered>
        <Stack>
          <Group grow>
            <NumberInput
              label={t('year')}
              value={year}
              onChange={(v) => setYear(Number(v))}
              min={2019}
              max={2100}
            />
            <TextInput
              label={t('planTitle')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              required
            />
          </Group>
          {rows.map((row, index) => (
            <Card withBorder key={index}>
              <Stack gap="xs">
                <Select
                  label={t('producer')}
                  searchable
                  data={(producers.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
                  value={row.producerId}
                  onChange={(v) => update(index, { producerId: v })}
                />
                <Group grow>
                  <Select
                    label={t('agency')}
                    data={INSPECTION_AGENCIES.map((a) => ({ value: a, label: t(`agencies.${a}`) }))}
                    value={row.agency}
                    onChange={(v) => update(index, { agency: v ?? 'health' })}
                  />
                  <NumberInput
                    label={t('month')}
                    value={row.month}
                    min={1}
                    max={12}
                    onChange={(v) => update(index, { month: Number(v) || 1 })}
                  />
                  <Select
                    label={t('kind')}
                    data={[
                      { value: 'planned', label: t('kindPlanned') },
                      { value: 'surprise', label: t('kindSurprise') },
                    ]}
                    value={row.kind}
                    onChange={(v) => update(index, { kind: v === 'surprise' ? 'surprise' : 'planned' })}
                  />
                </Group>
              </Stack>
            </Card>
          ))}
          <Button
            variant="subtle"
            onClick={() =>
              setRows((r) => [...r, { producerId: null, agency: 'health', month: 1, kind: 'planned' }])
            }
          >
            {t('addPlanRow')}
          </Button>
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setIsOpen(false)}>
              {t('cancel')}
            </Button>
            <Button
              disabled={!title.trim() || rows.some((r) => r.producerId === null)}
              loading={create.isPending}
              onClick={() =>
                create.mutate({
                  unitId: unitId!,
                  year,
                  title,
                  items: rows.map((r) => ({
                    producerId: r.producerId!,
                    productId: null,
                    agency: r.agency,
                    month: r.month,
                    kind: r.kind,
                    note: '',
                  })),
                })
              }
            >
              {t('savePlan')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
