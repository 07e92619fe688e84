import { Alert, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionOutput } from '../../contracts/evaluation.contracts';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { evaluationApi } from './evaluation.api';
import { EVALUATION_NS } from './evaluation-i18n';

/**
 * The standing office amends a returned draft — number, signing date and the products it
 * certifies (drawn from the round's adopted results) — and resubmits it to the leader.
 */
export function AmendDecisionPanel({ decision }: { decision: DecisionOutput }) {
  const { t } = useTranslation(EVALUATION_NS);
  const queryClient = useQueryClient();
  const [number, setNumber] = useState(decision.number);
  const [signedOn, setSignedOn] = useState(decision.signedOn);
  const [resultIds, setResultIds] = useState(() => decision.items.map((i) => i.roundResultId));
  const results = useQuery({
    queryKey: ['evaluation', 'round-results', decision.roundId],
    queryFn: ({ signal }) => evaluationApi.results(decision.roundId!, signal),
    enabled: decision.roundId !== null,
  });
  const certifiable = (results.data?.items ?? []).filter(
    (r) =>
      r.routeAction === 'certify' &&
      r.stars !== null &&
      (r.decisionId === null || r.decisionId === decision.id),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['evaluation'] });
  const save = useMutation({
    mutationFn: () =>
      evaluationApi.amendDecision(decision.id, {
        version: decision.version,
        number: number.trim(),
        signedOn,
        ...(decision.roundId ? { resultIds } : {}),
      }),
    onSuccess: refresh,
  });
  const resubmit = useMutation({
    mutationFn: () => evaluationApi.resubmitDecision(decision.id, { version: decision.version }),
    onSuccess: refresh,
  });
  const isChanged =
    number.trim() !== decision.number ||
    signedOn !== decision.signedOn ||
    [...resultIds].sort().join() !==
      decision.items
        .map((i) => i.roundResultId)
        .sort()
        .join();
  const headingId = `amend-${decision.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4" id={headingId}>
            {t('review.amendTitle')}
          </Title>
          <Text size="sm">{t('review.amendIntro')}</Text>
          <Group align="end">
            <TextInput
              label={t('decisionNumber')}
              required
              value={number}
              onChange={(e) => setNumber(e.currentTarget.value)}
            />
            <TextInput
              label={t('signedOn')}
              type="date"
              required
              value={signedOn}
              onChange={(e) => setSignedOn(e.currentTarget.value)}
            />
          </Group>
          {certifiable.length > 0 && (
            <Checkbox.Group label={t('review.amendProducts')} value={resultIds} onChange={setResultIds}>
              <Stack gap={4} mt={4}>
                {certifiable.map((r) => (
                  <Checkbox
                    key={r.id}
                    value={r.id}
                    label={`${r.productName} — ${r.producerName} — ${r.stars}★`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <ErrorAlert error={save.error} />
          {save.isSuccess && !isChanged && (
            <Alert color="green" variant="light" role="status">
              {t('review.saved')}
            </Alert>
          )}
          <Group>
            <Button
              type="submit"
              size="md"
              variant="light"
              disabled={!isChanged || !number.trim() || resultIds.length === 0}
              loading={save.isPending}
            >
              {t('review.save')}
            </Button>
            <ConfirmAction
              label={t('review.resubmit')}
              disabled={isChanged}
              buttonProps={{ size: 'md' }}
              title={t('review.resubmitTitle', { number: decision.number })}
              consequence={t('review.resubmitConsequence')}
              recipients={t('review.resubmitWho')}
              onConfirm={() => resubmit.mutateAsync()}
            />
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
