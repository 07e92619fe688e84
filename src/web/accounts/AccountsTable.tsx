import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountOutput } from '../../contracts/accounts.contracts';
import { AnchorLink } from '../layout/AnchorLink';
import { roleLabel } from '../layout/roles';
import { AccountStatusBadge } from './AccountStatusBadge';

/** The accounts of one page of the list; the display name links to the account. */
export function AccountsTable({ accounts }: { accounts: readonly AccountOutput[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <caption className="visually-hidden">{t('accounts.tableCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('accounts.displayName')}</Table.Th>
            <Table.Th scope="col">{t('accounts.username')}</Table.Th>
            <Table.Th scope="col">{t('accounts.homeUnit')}</Table.Th>
            <Table.Th scope="col">{t('accounts.roles')}</Table.Th>
            <Table.Th scope="col">{t('accounts.statusLabel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Td>
                <AnchorLink to="/accounts/$accountId" params={{ accountId: account.id }} fw={600}>
                  {account.displayName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {account.username}
                </Text>
              </Table.Td>
              <Table.Td>{account.unitName}</Table.Td>
              <Table.Td>
                {account.grants.length === 0
                  ? t('accounts.noRoles')
                  : account.grants
                      .map((grant) => `${roleLabel(grant.role, i18n.language)} (${grant.unitName})`)
                      .join('; ')}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <AccountStatusBadge account={account} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
