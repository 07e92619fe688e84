import { ActionIcon, Button, Card, Group, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS } from '../../domain/access/permissions';
import { DecimalInput } from '../forms/DecimalInput';
import { useMe } from '../auth/useMe';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { PLANS_KEY } from './PlansPage';
import { PROGRAMME_NS } from './programme-i18n';
import { programmeApi } from './programme.api';

interface TargetRow {
  indicatorCode: string;
  target: number;
}

/** Drafts the yearly plan of one of the account's units: title, legal basis, goals and numeric targets. */
export function PlanCreatePage() {
  const { t, i18n } = useTranslation(PROGRAMME_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const roles: readonly string[] = PERMISSIONS['plan.manage'];
  const units = new Map(
    useMe()
      .grants.filter((g) => roles.includes(g.role))
      .map((g) => [g.unitId, g.unitName]),
  );
  const [unitId, setUnitId] = useState(units.size === 1 ? [...units.keys()][0]! : '');
  const [year, setYear] = useState(new Date().getFullYear());
  const [title, setTitle] = useState('');
  const [legalBasis, setLegalBasis] = useState(
    'Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ',
  );
  const [goals, setGoals] = useState('');
  const [targets, setTargets] = useState<TargetRow[]>([]);
  const catalogue = useQuery({
    queryKey: ['programme', 'catalogue', year],
    queryFn: ({ signal }) => programmeApi.catalogue(year, signal),
  });
  const indicators = (catalogue.data?.indicators ?? []).map((i) => ({ value: i.code, label: i[lang] }));
  const save = useMutation({
    mutationFn: () =>
      programmeApi.createPlan({
        unitId,
        year,
        content: {
          title,
          legalBasis: legalBasis
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean),
          goals,
          sections: [],
          targets: targets.filter((r) => r.indicatorCode).map((r) => ({ ...r, note: '' })),
        },
      }),
    onSuccess: async (plan) => {
      await queryClient.invalidateQueries({ queryKey: PLANS_KEY });
      await navigate({ to: '/plans/$planId', params: { planId: plan.id } });
    },
  });
  const setTarget = (index: number, change: Partial<TargetRow>) =>
    setTargets((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <Stack>
      <PageHeading>{t('planNew')}</PageHeading>
      <form
        noValidate
        aria-labelledby="page-heading"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Card withBorder>
          <Stack gap="sm">
            <ErrorAlert error={save.error ?? catalogue.error} />
            <Select
              label={t('unit')}
              placeholder={t('chooseUnit')}
              required
              data={[...units].map(([value, label]) => ({ value, label }))}
              value={unitId || null}
              onChange={(v) => setUnitId(v ?? '')}
              error={units.size === 0 ? t('noUnit') : undefined}
            />
            <Group grow>
              <TextInput
                label={t('title')}
                required
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
              />
              <DecimalInput
                label={t('year')}
                required
                isWhole
                min={2018}
                max={2100}
                value={year}
                onChange={(v) => setYear(v === '' ? Number.NaN : v)}
              />
            </Group>
            <Textarea
              label={t('legalBasis')}
              autosize
              minRows={2}
              value={legalBasis}
              onChange={(e) => setLegalBasis(e.currentTarget.value)}
            />
            <Textarea
              label={t('goals')}
              autosize
              minRows={2}
              value={goals}
              onChange={(e) => setGoals(e.currentTarget.value)}
            />
            <Title order={3} size="h4">
              {t('targets')}
            </Title>
            {targets.map((row, index) => (
              <Group key={index} align="flex-end">
                <Select
                  label={t('indicator')}
                  data={indicators}
                  value={row.indicatorCode || null}
                  onChange={(v) => setTarget(index, { indicatorCode: v ?? '' })}
                  style={{ flex: 1 }}
                  searchable
                />
                <DecimalInput
                  label={t('target')}
                  isWhole
                  min={0}
                  value={row.target}
                  onChange={(v) => setTarget(index, { target: v === '' ? Number.NaN : v })}
                  w={140}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('remove')}
                  onClick={() => setTargets((rows) => rows.filter((_, i) => i !== index))}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              w="fit-content"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setTargets((rows) => [...rows, { indicatorCode: '', target: 0 }])}
            >
              {t('addTarget')}
            </Button>
            <Group justify="flex-end">
              <Button component={Link} to="/plans" variant="default">
                {t('cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('save')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </form>
    </Stack>
  );
}
