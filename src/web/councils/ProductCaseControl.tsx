import { Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundOutput } from '../../contracts/evaluation.contracts';
import { ConfirmAction } from '../forms/ConfirmAction';
import { councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';

const MIN_REASON = 3;

/**
 * Trường hợp chấm — a set-26 product is scored on one case (1: tourism service community, 2: a
 * tourist spot), read from Biểu 2 at set-up. The standing office may correct it, with a reason and
 * a confirmation, until a member saves a sheet (the server then refuses with 409).
 */
export function ProductCaseControl({
  round,
  product,
}: {
  round: RoundOutput;
  product: RoundOutput['products'][number];
}) {
  const { t } = useTranslation(COUNCILS_NS);
  const queryClient = useQueryClient();
  const blocks = Object.keys(product.caseChoices);
  const current = product.caseChoices[blocks[0]!] ?? 1;
  const [wanted, setWanted] = useState(String(current));
  const [reason, setReason] = useState('');
  const change = useMutation({
    mutationFn: () =>
      councilsApi.setProductCase(round.id, product.id, {
        caseChoices: Object.fromEntries(blocks.map((code) => [code, Number(wanted)])),
        reason: reason.trim(),
      }),
    onSuccess: (updated) => {
      setReason('');
      queryClient.setQueryData(['council-round', round.id], updated);
    },
  });
  const canChange = round.canManage && (round.status === 'draft' || round.status === 'open');
  return (
    <Stack gap={4} mt="xs" data-testid={`product-case-${product.id}`}>
      <Text size="sm" fw={600}>
        {t('caseCurrent', { n: current })}
      </Text>
      {change.isSuccess && (
        <Text size="sm" role="status" c="green">
          {t('caseSaved')}
        </Text>
      )}
      {canChange && (
        <>
          <Radio.Group label={t('caseTitle')} value={wanted} onChange={setWanted}>
            <Stack gap={4} mt={4}>
              <Radio value="1" label={t('case1')} />
              <Radio value="2" label={t('case2')} />
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('caseReason')}
            description={t('caseReasonHint')}
            autosize
            minRows={1}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group>
            <ConfirmAction
              label={t('caseChange')}
              buttonProps={{ size: 'sm', variant: 'light' }}
              disabled={Number(wanted) === current || reason.trim().length < MIN_REASON}
              title={t('caseChange')}
              consequence={t('caseConfirm', { n: wanted })}
              confirmLabel={t('caseConfirmButton')}
              onConfirm={() => change.mutateAsync()}
            />
          </Group>
        </>
      )}
    </Stack>
  );
}
