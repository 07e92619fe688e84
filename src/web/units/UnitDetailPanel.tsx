import { Badge, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { unitDisplayName } from './unit-label';
import { unitLevelKey } from './unit-levels';
import { unitQuery } from './unit-queries';
import { CurrentSuccessors } from './CurrentSuccessors';
import { UnitAncestors } from './UnitAncestors';
import { UnitHistory } from './UnitHistory';

interface UnitDetailPanelProps {
  unitId: string | undefined;
  onSelect: (unitId: string) => void;
}

/** The selected unit: code, level, validity, and its history through reforms. */
export function UnitDetailPanel({ unitId, onSelect }: UnitDetailPanelProps) {
  const { t, i18n } = useTranslation();
  const query = useQuery({ ...unitQuery(unitId ?? ''), enabled: Boolean(unitId) });
  const unit = query.data;

  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby="unit-detail-heading"
      aria-busy={query.isFetching}
    >
      {!unitId && (
        <>
          <Title order={2} size="h3" id="unit-detail-heading">
            {t('units.detailTitle')}
          </Title>
          <Text c="dimmed" mt="sm">
            {t('units.selectHint')}
          </Text>
        </>
      )}
      {unitId && query.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={query.error} />
      {unit && (
        <Stack>
          <UnitAncestors ancestors={unit.ancestors} onSelect={onSelect} />
          <Group gap="sm" align="center">
            <Title order={2} size="h3" id="unit-detail-heading">
              {unitDisplayName(unit, i18n.language)}
            </Title>
            <Badge variant="outline" color="ocop.8">
              {t(unitLevelKey(unit.level))}
            </Badge>
          </Group>
          {unit.validTo && <CurrentSuccessors unitId={unit.id} validTo={unit.validTo} onSelect={onSelect} />}
          <Table.ScrollContainer minWidth={0}>
            <Table variant="vertical" withTableBorder layout="fixed">
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th w={180}>{t('units.code')}</Table.Th>
                  <Table.Td ff="monospace">{unit.code}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('units.name')}</Table.Th>
                  <Table.Td>{unit.name}</Table.Td>
                </Table.Tr>
                {unit.kind && (
                  <Table.Tr>
                    <Table.Th>{t('units.kind')}</Table.Th>
                    <Table.Td>{unit.kind}</Table.Td>
                  </Table.Tr>
                )}
                {unit.nameEn && (
                  <Table.Tr>
                    <Table.Th>{t('units.nameEn')}</Table.Th>
                    <Table.Td lang="en">{unit.nameEn}</Table.Td>
                  </Table.Tr>
                )}
                <Table.Tr>
                  <Table.Th>{t('units.validity')}</Table.Th>
                  <Table.Td>
                    {unit.validTo
                      ? t('units.validRange', {
                          from: formatDate(unit.validFrom, i18n.language),
                          to: formatDate(unit.validTo, i18n.language),
                        })
                      : t('units.validSince', { from: formatDate(unit.validFrom, i18n.language) })}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <UnitHistory unitId={unit.id} onSelect={onSelect} />
        </Stack>
      )}
    </Paper>
  );
}
