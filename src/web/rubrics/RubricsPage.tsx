import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { RubricComparePanel } from './RubricComparePanel';
import { RubricImportForm } from './RubricImportForm';
import { RUBRICS_NS } from './rubric-i18n';
import { rubricsApi } from './rubrics.api';

/** Criteria versions: browse, and for administrators import drafts, publish them and compare. */
export function RubricsPage() {
  const { t, i18n } = useTranslation(RUBRICS_NS);
  const me = useMe();
  const canManage = me.actions.includes('rubric.manage');
  const queryClient = useQueryClient();
  const versions = useQuery({ queryKey: ['rubrics'], queryFn: ({ signal }) => rubricsApi.list(signal) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['rubrics'] });
  const publish = useMutation({ mutationFn: rubricsApi.publish, onSuccess: refresh });
  const remove = useMutation({ mutationFn: rubricsApi.deleteDraft, onSuccess: refresh });
  const items = versions.data?.items ?? [];

  return (
    <Stack>
      <PageHeading>{t('title')}</PageHeading>
      <Text>{t('intro')}</Text>
      <ErrorAlert error={versions.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('version')}</Table.Th>
              <Table.Th>{t('legalBasis')}</Table.Th>
              <Table.Th>{t('effective')}</Table.Th>
              <Table.Th>{t('status')}</Table.Th>
              <Table.Th>{t('sets')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((version) => (
              <Table.Tr key={version.id}>
                <Table.Td>
                  <Link to="/rubrics/$key" params={{ key: version.id }} className="mantine-Anchor-root">
                    {version.id}
                  </Link>
                  <Text size="sm">{version.nameVi}</Text>
                </Table.Td>
                <Table.Td>{version.legalBasis}</Table.Td>
                <Table.Td>
                  {formatDate(version.effectiveFrom, i18n.language)} –{' '}
                  {version.effectiveTo ? formatDate(version.effectiveTo, i18n.language) : '…'}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={version.status === 'published' ? 'green' : 'yellow'} variant="light">
                      {t(version.status === 'published' ? 'statusPublished' : 'statusDraft')}
                    </Badge>
                    <Badge color="gray" variant="outline">
                      {t(version.source === 'built-in' ? 'sourceBuiltIn' : 'sourceImported')}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>{version.sets.length}</Table.Td>
                <Table.Td>
                  {canManage && version.status === 'draft' && (
                    <Group gap="xs">
                      <ConfirmAction
                        label={t('publish')}
                        buttonProps={{ size: 'xs' }}
                        title={t('publishTitle', { key: version.id })}
                        consequence={t('publishConfirm', { key: version.id })}
                        onConfirm={() => publish.mutateAsync(version.id)}
                      />
                      <ConfirmAction
                        label={t('delete')}
                        color="red"
                        buttonProps={{ size: 'xs', variant: 'default' }}
                        title={t('deleteTitle', { key: version.id })}
                        consequence={t('deleteConfirm')}
                        onConfirm={() => remove.mutateAsync(version.id)}
                      />
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {items.length > 0 && <RubricComparePanel versionIds={items.map((v) => v.id)} />}
      {canManage && <RubricImportForm />}
    </Stack>
  );
}
