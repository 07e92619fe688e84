import { Grid, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIsoDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { UnitDetailPanel } from './UnitDetailPanel';
import { UnitSearchBox } from './UnitSearchBox';
import { UnitTree } from './UnitTree';

const routeApi = getRouteApi('/authenticated/units');

/**
 * Administrative units: browse the tree from the user's own units, search by name (with or
 * without diacritics), see a unit's history through the 2025 reform, all as of a chosen date.
 */
export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const asOf = search.asOf;

  function select(unitId: string): void {
    void navigate({ search: (previous) => ({ ...previous, unit: unitId }) });
  }

  return (
    <Stack gap="lg" maw={1300}>
      <PageHeading documentTitle={t('units.title')}>{t('units.title')}</PageHeading>
      <Paper withBorder p="md">
        <Group align="flex-end" wrap="wrap" gap="lg">
          <TextInput
            type="date"
            label={t('units.asOf')}
            description={t('units.asOfHint')}
            value={asOf ?? ''}
            max="9999-12-31"
            onChange={(event) => {
              const value = event.currentTarget.value;
              void navigate({
                search: (previous) => ({ ...previous, asOf: value || undefined }),
                replace: true,
              });
            }}
            w={240}
          />
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {asOf
              ? t('units.showingAsOf', { date: formatDate(asOf, i18n.language) })
              : t('units.showingToday', { date: formatDate(todayIsoDate(), i18n.language) })}
          </Text>
        </Group>
      </Paper>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <UnitSearchBox asOf={asOf} onSelect={select} />
            <Paper withBorder p="md" component="section" aria-labelledby="unit-tree-heading">
              <Title order={2} size="h4" id="unit-tree-heading" mb="sm">
                {t('units.treeTitle')}
              </Title>
              <UnitTree asOf={asOf} selectedId={search.unit} onSelect={select} />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <UnitDetailPanel unitId={search.unit} onSelect={select} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
