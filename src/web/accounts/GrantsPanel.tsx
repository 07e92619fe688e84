import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountOutput } from '../../contracts/accounts.contracts';
import { useCan } from '../auth/useCan';
import { formatDate } from '../i18n/format';
import { roleLabel } from '../layout/roles';
import { AddGrantForm } from './AddGrantForm';
import { RemoveGrantButton } from './RemoveGrantButton';

/** The account's roles, each within a unit, with ways to add and remove them. */
export function GrantsPanel({ account }: { account: AccountOutput }) {
  const { t, i18n } = useTranslation();
  const canManageGrants = useCan('grant.manage');

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="grants-panel-heading">
      <Title order={2} size="h3" id="grants-panel-heading" mb="md">
        {t('grants.title')}
      </Title>
      {account.grants.length === 0 ? (
        <Text c="dimmed">{t('accounts.noRoles')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('grants.role')}</Table.Th>
                <Table.Th scope="col">{t('grants.unit')}</Table.Th>
                <Table.Th scope="col">{t('grants.validFrom')}</Table.Th>
                <Table.Th scope="col">{t('grants.validTo')}</Table.Th>
                {canManageGrants && (
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('grants.actions')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {account.grants.map((grant) => (
                <Table.Tr key={grant.id}>
                  <Table.Td fw={600}>{roleLabel(grant.role, i18n.language)}</Table.Td>
                  <Table.Td>{grant.unitName}</Table.Td>
                  <Table.Td>{formatDate(grant.validFrom, i18n.language)}</Table.Td>
                  <Table.Td>
                    {grant.validTo ? formatDate(grant.validTo, i18n.language) : t('grants.noEnd')}
                  </Table.Td>
                  {canManageGrants && (
                    <Table.Td>
                      <RemoveGrantButton accountId={account.id} grant={grant} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManageGrants && <AddGrantForm accountId={account.id} />}
    </Paper>
  );
}
