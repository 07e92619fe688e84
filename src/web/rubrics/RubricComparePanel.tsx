import { Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { RUBRICS_NS } from './rubric-i18n';
import { rubricsApi } from './rubrics.api';
import { DecimalInput } from '../forms/DecimalInput';

const CHANGE_KEYS = { added: 'changeAdded', removed: 'changeRemoved', changed: 'changeChanged' } as const;

/** Criterion-by-criterion comparison of one product set between two versions. */
export function RubricComparePanel({ versionIds }: { versionIds: string[] }) {
  const { t } = useTranslation(RUBRICS_NS);
  const [form, setForm] = useState({
    from: versionIds[0] ?? '',
    to: versionIds[versionIds.length - 1] ?? '',
    set: 1,
  });
  const [asked, setAsked] = useState<typeof form | null>(null);
  const comparison = useQuery({
    queryKey: ['rubrics', 'compare', asked],
    queryFn: ({ signal }) => rubricsApi.compare(asked!.from, asked!.to, asked!.set, signal),
    enabled: asked !== null,
  });

  return (
    <Card withBorder component="section" aria-labelledby="rubric-compare-title">
      <Stack>
        <Title order={2} size="h4" id="rubric-compare-title">
          {t('compareTitle')}
        </Title>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setAsked({ ...form });
          }}
        >
          <Group align="end">
            <NativeSelect
              label={t('compareFrom')}
              data={versionIds}
              value={form.from}
              onChange={(e) => setForm({ ...form, from: e.currentTarget.value })}
            />
            <NativeSelect
              label={t('compareTo')}
              data={versionIds}
              value={form.to}
              onChange={(e) => setForm({ ...form, to: e.currentTarget.value })}
            />
            <DecimalInput
              label={t('compareSet')}
              isWhole
              min={1}
              max={26}
              value={form.set}
              onChange={(value) => setForm({ ...form, set: value === '' || Number.isNaN(value) ? 1 : value })}
              w={140}
            />
            <Button type="submit">{t('compareButton')}</Button>
          </Group>
        </form>
        <ErrorAlert error={comparison.error} />
        {comparison.data?.isSame && <Text role="status">{t('compareSame')}</Text>}
        {comparison.data && !comparison.data.isSame && (
          <Table.ScrollContainer minWidth={480}>
            <Table striped withTableBorder aria-label={t('compareTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('criterion')}</Table.Th>
                  <Table.Th>{t('change')}</Table.Th>
                  <Table.Th>{t('before')}</Table.Th>
                  <Table.Th>{t('after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {comparison.data.changes.map((change) => (
                  <Table.Tr key={`${change.code}-${change.change}`}>
                    <Table.Td>
                      <code>{change.code}</code>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(CHANGE_KEYS[change.change])}</Badge>{' '}
                      {change.aspects?.join(', ')}
                    </Table.Td>
                    <Table.Td>
                      {change.before && `${change.before.titleVi} (${change.before.optionPoints.join('/')})`}
                    </Table.Td>
                    <Table.Td>
                      {change.after && `${change.after.titleVi} (${change.after.optionPoints.join('/')})`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
