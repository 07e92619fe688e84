import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TRADE_EVENT_KIND_LABELS, TRADE_EVENT_LEVEL_LABELS } from '../../domain/promotion/promotion.types';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { ExportButtons } from '../exports/ExportButtons';
import { PROMOTION_NS } from './promotion-i18n';
import { promotionApi } from './promotion.api';

export const EVENTS_KEY = ['promotion', 'events'] as const;
const PHASE_COLOURS = { upcoming: 'blue', ongoing: 'green', past: 'gray' } as const;

/** Trade-promotion events of the account's units (every province's for the central office). */
export function TradeEventsPage() {
  const { t, i18n } = useTranslation(PROMOTION_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const canManage = useCan('promotion.manage');
  const events = useQuery({
    queryKey: EVENTS_KEY,
    queryFn: ({ signal }) => promotionApi.tradeEvents(0, signal),
  });
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <Stack>
      <PageHeading>{t('eventsTitle')}</PageHeading>
      <Text>{t('eventsIntro')}</Text>
      <ExportButtons list="events" />
      {canManage && (
        <Button
          component={Link}
          to="/trade-events/new"
          leftSection={<IconPlus size={16} aria-hidden />}
          w="fit-content"
        >
          {t('eventsNew')}
        </Button>
      )}
      <ErrorAlert error={events.error} />
      {events.data?.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('name')}</Table.Th>
                <Table.Th>{t('kind')}</Table.Th>
                <Table.Th>{t('dates')}</Table.Th>
                <Table.Th>{t('place')}</Table.Th>
                <Table.Th ta="right">{t('participants')}</Table.Th>
                <Table.Th>{t('results')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(events.data?.items ?? []).map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    {e.name}
                    <br />
                    <Text span size="sm" c="dimmed">
                      {e.unit.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {TRADE_EVENT_KIND_LABELS[e.kind][lang]} · {TRADE_EVENT_LEVEL_LABELS[e.level][lang]}
                  </Table.Td>
                  <Table.Td>
                    {formatDate(e.startsOn, i18n.language)} – {formatDate(e.endsOn, i18n.language)}{' '}
                    <Badge color={PHASE_COLOURS[e.phase]} variant="light">
                      {t(`phase_${e.phase}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{e.place}</Table.Td>
                  <Table.Td ta="right">{e.participants.length}</Table.Td>
                  <Table.Td>
                    {e.salesVnd !== null && `${t('sales')}: ${number.format(e.salesVnd)} đ`}
                    {e.visitors !== null && ` · ${t('visitors')}: ${number.format(e.visitors)}`}
                    {e.contractsSigned !== null && ` · ${t('contractsSigned')}: ${e.contractsSigned}`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
