import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChairViewOutput } from '../../contracts/evaluation.contracts';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { evaluationApi, evaluationFiles } from './evaluation.api';
import { EVALUATION_NS } from './evaluation-i18n';
import { KnockOutAlert } from './KnockOutCheck';
import { SheetWarningAlert } from './SheetWarningAlert';
import { ChairActionConfirm } from './ChairActionConfirm';

type ChairProduct = ChairViewOutput['products'][number];

function ProductCard({
  roundId,
  product,
  canRequest,
}: {
  roundId: string;
  product: ChairProduct;
  canRequest: boolean;
}) {
  const { t, i18n } = useTranslation(EVALUATION_NS);
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const request = useMutation({
    mutationFn: () =>
      evaluationApi.requestRescore(roundId, {
        roundProductId: product.roundProductId,
        memberIds: selected,
        reason: reason.trim(),
      }),
    onSuccess: async () => {
      setSelected([]);
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['evaluation'] });
    },
  });
  const en = i18n.language === 'en';
  const headingId = `product-${product.roundProductId}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id={headingId}>
            {product.productName}
          </Title>
          {product.stars !== null && <Badge size="lg">{`${t('stars')}: ${product.stars}★`}</Badge>}
          {product.knockOuts.length > 0 && (
            <Badge size="lg" color="red" style={{ textTransform: 'none' }}>
              {t('knockOutTitle')}
            </Badge>
          )}
        </Group>
        <Text>{`${product.producerName} · ${t('set')} ${product.productSet}`}</Text>
        <SheetWarningAlert warning={product.sheetWarning} />
        <KnockOutAlert
          title={t('knockOutResult')}
          reasons={product.knockOuts.map((k) => ({
            criterionCode: k.criterionCode,
            reasonVi: en ? k.reasonEn : k.reasonVi,
          }))}
        />
        <Group gap="md">
          <Text>
            {t('progress', {
              submitted: product.submittedCount,
              assigned: product.assignedCount,
              abstained: product.abstainedCount,
            })}
          </Text>
          <Badge color={product.quorum.isMet ? 'green' : 'orange'} variant="light">
            {product.quorum.isMet ? t('quorumMet') : t('quorumNotMet')}
          </Badge>
          {product.mean !== null && <Text fw={700}>{`${t('mean')}: ${product.mean}`}</Text>}
          <Badge
            color={product.isDispersionExceeded ? 'red' : 'green'}
            variant="light"
            data-testid="dispersion"
          >
            {product.isDispersionExceeded
              ? t('dispersionExceeded', { spread: product.spread })
              : t('dispersionOk')}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('threshold', { points: product.thresholdPoints })}
          </Text>
        </Group>
        <Text size="sm" data-testid="quorum">
          {t('quorumDetail', {
            present: product.quorum.presentCount,
            size: product.quorum.councilSize,
            required: product.quorum.requiredCount,
            chairedBy: product.quorum.chairedBy
              ? t(`chairedBy.${product.quorum.chairedBy}`)
              : t('chairedBy.none'),
            source: t(`attendanceSource.${product.quorum.attendanceSource}`),
          })}{' '}
          {en ? product.quorum.readingEn : product.quorum.readingVi}
        </Text>
        {product.pending.length > 0 && (
          <Text size="sm">{t('pending', { names: product.pending.map((p) => p.name).join(', ') })}</Text>
        )}
        {product.abstained.length > 0 && (
          <Text size="sm" data-testid="abstained">
            {t('abstainedMembers', {
              names: product.abstained.map((p) => p.name).join(', '),
              required: product.quorum.requiredCount,
              counted: product.assignedCount - product.abstainedCount,
            })}
          </Text>
        )}
        {product.gaps.length > 0 && (
          <Table.ScrollContainer minWidth={600}>
            <Table withTableBorder verticalSpacing="sm">
              <Table.Caption>{product.productName}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {canRequest && (
                    <Table.Th>
                      <span className="visually-hidden">{t('requestRescore')}</span>
                    </Table.Th>
                  )}
                  <Table.Th>{t('member')}</Table.Th>
                  <Table.Th>{t('memberTotal')}</Table.Th>
                  <Table.Th>{t('deviation')}</Table.Th>
                  <Table.Th>{t('status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {product.gaps.map((g) => (
                  <Table.Tr key={g.memberId} data-outlier={g.isOutlier}>
                    {canRequest && (
                      <Table.Td>
                        <Checkbox
                          size="md"
                          aria-label={t('selectForRescore', { name: g.name })}
                          checked={selected.includes(g.memberId)}
                          onChange={(e) =>
                            setSelected((s) =>
                              e.currentTarget.checked
                                ? [...s, g.memberId]
                                : s.filter((id) => id !== g.memberId),
                            )
                          }
                        />
                      </Table.Td>
                    )}
                    <Table.Td>{g.name}</Table.Td>
                    <Table.Td>{g.total}</Table.Td>
                    <Table.Td>
                      {g.deviationFromMean > 0 ? `+${g.deviationFromMean}` : g.deviationFromMean}
                    </Table.Td>
                    <Table.Td>
                      {g.isOutlier ? (
                        <Badge color="red">{t('outside', { excess: g.excess })}</Badge>
                      ) : (
                        <Badge color="green" variant="light">
                          {t('inside')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {product.blockers.length > 0 && (
          <Alert color="orange" title={t('blockers')}>
            {product.blockers.map((b) => (
              <Text key={b.code} size="sm">
                {en ? b.messageEn : b.messageVi}
              </Text>
            ))}
          </Alert>
        )}
        {product.explanationVi && <Text size="sm">{en ? product.explanationEn : product.explanationVi}</Text>}
        {product.routeExplanationVi && product.routeReading && (
          <Text size="sm" data-testid="route">
            {`${en ? product.routeExplanationEn : product.routeExplanationVi} (${t(`routeReading.${product.routeReading}`)})`}
          </Text>
        )}
        {canRequest && selected.length > 0 && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              request.mutate();
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('rescoreRequestReason')}
                required
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                autosize
                minRows={2}
              />
              <ErrorAlert error={request.error} />
              <Group>
                <Button
                  type="submit"
                  color="orange"
                  disabled={reason.trim().length < 3}
                  loading={request.isPending}
                >
                  {t('requestRescore')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {request.isSuccess && (
          <Text role="status" c="green">
            {t('rescoreSent')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The chair's view of a round: progress, totals, the 10-point rule, quorum; re-score, close, adopt. */
export function ChairPage() {
  const { t } = useTranslation(EVALUATION_NS);
  const { roundId } = useParams({ from: '/authenticated/evaluation/rounds/$roundId/chair' });
  const queryClient = useQueryClient();
  const round = useQuery({
    queryKey: ['evaluation', 'round', roundId],
    queryFn: ({ signal }) => evaluationApi.round(roundId, signal),
  });
  const view = useQuery({
    queryKey: ['evaluation', 'chair', roundId],
    queryFn: ({ signal }) => evaluationApi.chair(roundId, signal),
    refetchInterval: 10_000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['evaluation'] });
  const [confirming, setConfirming] = useState<'close' | 'adopt' | null>(null);
  const done = async () => {
    setConfirming(null);
    await refresh();
  };
  // A refusal is shown in the dialog, and stays under the buttons once the dialog is closed.
  const close = useMutation({
    mutationFn: (reason: string | undefined) => evaluationApi.close(roundId, reason),
    onSuccess: done,
  });
  const adopt = useMutation({
    mutationFn: (reason: string | undefined) => evaluationApi.adopt(roundId, reason),
    onSuccess: done,
  });
  const status = view.data?.status;
  const name = round.data?.name ?? '';
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/evaluation">
        {t('back')}
      </Anchor>
      <PageHeading documentTitle={t('chairView')}>{t('chairTitle', { round: name })}</PageHeading>
      <ErrorAlert error={view.error ?? round.error} />
      {view.isPending && <Loader aria-label="…" />}
      {status && (
        <Badge size="lg" variant="light">
          {t(`roundStatus.${status}`)}
        </Badge>
      )}
      <Group>
        {status === 'open' && (
          <Button size="md" onClick={() => setConfirming('close')} loading={close.isPending}>
            {t('closeScoring')}
          </Button>
        )}
        {status === 'closed' && (
          <Button
            size="md"
            color="green"
            onClick={() => setConfirming('adopt')}
            loading={adopt.isPending}
            disabled={adopt.isPending}
          >
            {t('adopt')}
          </Button>
        )}
        {(status === 'closed' || status === 'adopted') && (
          <Button component="a" href={evaluationFiles.minutesPdf(roundId)} variant="default" size="md">
            {t('minutes')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={confirming ? null : (close.error ?? adopt.error)} />
      {confirming && (
        <ChairActionConfirm
          action={confirming}
          meetingOn={round.data?.meetingOn}
          opened
          onCancel={() => setConfirming(null)}
          onConfirm={(reason) =>
            confirming === 'close' ? close.mutateAsync(reason) : adopt.mutateAsync(reason)
          }
        />
      )}
      {status === 'adopted' && (
        <Alert color="green" role="status">
          {t('adopted')}
        </Alert>
      )}
      {view.data?.products.map((p) => (
        <ProductCard
          key={p.roundProductId}
          roundId={roundId}
          product={p}
          canRequest={status === 'open' || status === 'closed'}
        />
      ))}
    </Stack>
  );
}
