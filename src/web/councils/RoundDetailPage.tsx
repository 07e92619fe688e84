import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundOutput } from '../../contracts/evaluation.contracts';
import { isApiError } from '../api/api-error';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate, todayIsoDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { AttendancePanel } from './AttendancePanel';
import { ProductCaseControl } from './ProductCaseControl';
import { ProductMembersControl } from './ProductMembersControl';
import { setLabel } from './council-labels';
import { ROUNDS_KEY, councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';

const MIN_REASON = 5;

/** Opening: the working-day rule, and — when the server refuses — an override with a reason. */
function OpenRoundPanel({ round }: { round: RoundOutput }) {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const queryClient = useQueryClient();
  const [distributedOn, setDistributedOn] = useState(todayIsoDate());
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const open = useMutation({
    mutationFn: (withReason: boolean) =>
      councilsApi.openRound(round.id, {
        distributedOn,
        ...(withReason
          ? {
              meetingDateOverrideReason: reason.trim(),
              ...(round.compositionProblems.length > 0 ? { compositionOverrideReason: reason.trim() } : {}),
            }
          : {}),
      }),
    onSuccess: async (opened) => {
      queryClient.setQueryData(['council-round', round.id], opened);
      await queryClient.invalidateQueries({ queryKey: ROUNDS_KEY });
    },
  });
  const refusal = isApiError(open.error) && open.error.code === 'OVERRIDE_REQUIRED' ? open.error : null;
  const isRefused = refusal !== null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isRefused) return open.mutate(false);
    if (reason.trim().length < MIN_REASON) return setReasonError(t('overrideReasonRequired'));
    setReasonError(null);
    open.mutate(true);
  };
  return (
    <Paper withBorder p="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          <Title order={2} size="h3">
            {t('openTitle')}
          </Title>
          <Text size="sm">{t('openIntro')}</Text>
          <Text size="sm" data-testid="open-rule">
            {t('openRule')}
          </Text>
          <TextInput
            type="date"
            label={t('distributedOn')}
            required
            min={todayIsoDate()}
            value={distributedOn}
            onChange={(e) => {
              setDistributedOn(e.currentTarget.value);
              open.reset();
            }}
            maw={280}
          />
          {isRefused ? (
            <>
              <Alert color="orange" variant="light" role="alert" title={t('refusedTitle')}>
                {refusal?.messageIn(i18n.language)}
              </Alert>
              <Textarea
                label={t('overrideReason')}
                description={t('overrideReasonHint')}
                required
                autosize
                minRows={2}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={reasonError}
              />
            </>
          ) : (
            <ErrorAlert error={open.error} />
          )}
          <Group>
            <Button type="submit" size="md" loading={open.isPending} color={isRefused ? 'orange' : undefined}>
              {isRefused ? t('openWithOverride') : t('openButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** One round: meeting date, agenda with assignments, composition problems, and the open action. */
export function RoundDetailPage() {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const { roundId } = useParams({ from: '/authenticated/rounds/$roundId' });
  const round = useQuery({
    queryKey: ['council-round', roundId],
    queryFn: ({ signal }) => councilsApi.round(roundId, signal),
  });
  const r = round.data;
  const council = useQuery({
    queryKey: ['councils', r?.councilId],
    queryFn: ({ signal }) => councilsApi.council(r!.councilId, signal),
    enabled: !!r,
  });
  const nameOf = (memberId: string) =>
    [...(council.data?.members ?? []), ...(council.data?.formerMembers ?? [])].find((m) => m.id === memberId)
      ?.fullName ?? '…';
  const overrides = r
    ? ([
        ['overrideMeetingDate', r.meetingDateOverride],
        ['overrideComposition', r.compositionOverride],
      ] as const)
    : [];

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor renderRoot={(props) => <Link {...props} to="/rounds" />} size="sm">
        ← {t('backToRounds')}
      </Anchor>
      <ErrorAlert error={round.error} />
      {round.isPending && <Loader aria-label={t('loading')} />}
      {r && (
        <>
          <Group justify="space-between" align="flex-end">
            <PageHeading>{r.name}</PageHeading>
            <Badge
              size="lg"
              variant="light"
              color={r.status === 'draft' ? 'gray' : 'blue'}
              data-testid="round-status"
            >
              {t(`roundStatus.${r.status}`)}
            </Badge>
          </Group>
          <Text>{`${t('council')}: ${r.councilName} · ${t('meetingOn')}: ${formatDate(r.meetingOn, i18n.language)}${r.distributedOn ? ` · ${t('distributedOn')}: ${formatDate(r.distributedOn, i18n.language)}` : ''}`}</Text>
          {r.status === 'open' && (
            <Alert color="green" variant="light" role="status">
              {t('openedNotice')}
            </Alert>
          )}
          {overrides.map(([what, o]) =>
            o ? (
              <Text key={what} size="sm" data-testid="override-recorded">
                {t('overrideRecorded', {
                  what: t(what),
                  reason: o.reason,
                  name: o.byName,
                  at: formatDate(o.at, i18n.language),
                })}
              </Text>
            ) : null,
          )}
          <Table striped withTableBorder verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('product')}</Table.Th>
                <Table.Th>{t('producer')}</Table.Th>
                <Table.Th>{t('set')}</Table.Th>
                <Table.Th>{t('assignedMembers')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.products.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.productName}</Table.Td>
                  <Table.Td>{`${p.producerName} (${p.communeName})`}</Table.Td>
                  <Table.Td>
                    {setLabel(p.productSet, i18n.language)}
                    {p.requiresOnSiteInspection && (
                      <Badge ml="xs" color="grape" variant="light">
                        {t('onSite')}
                      </Badge>
                    )}
                    {Object.keys(p.caseChoices).length > 0 && <ProductCaseControl round={r} product={p} />}
                  </Table.Td>
                  <Table.Td>
                    {p.memberIds.map(nameOf).join(', ')}
                    {r.status === 'draft' && r.canManage && council.data && (
                      <ProductMembersControl round={r} product={p} council={council.data} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {r.compositionProblems.length > 0 && (
            <Alert color="orange" variant="light" title={t('compositionProblems')}>
              <List size="sm">
                {r.compositionProblems.map((p) => (
                  <List.Item key={`${p.code}-${p.messageVi}`}>
                    {i18n.language === 'en' ? p.messageEn : p.messageVi}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {r.status === 'draft' && r.canManage && <OpenRoundPanel round={r} />}
          {r.status !== 'draft' && r.status !== 'cancelled' && <AttendancePanel round={r} />}
        </>
      )}
    </Stack>
  );
}
