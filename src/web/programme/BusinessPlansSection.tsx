import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessPlanOutput, ProductIdeaOutput } from '../../contracts/programme.contracts';
import { PROPOSAL_STATUS_LABELS } from '../../domain/programme/programme.types';
import type { ReviewDecision } from '../../domain/programme/proposal-workflow';
import { useCan } from '../auth/useCan';
import { DecimalInput } from '../forms/DecimalInput';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PROGRAMME_NS } from './programme-i18n';
import { programmeApi } from './programme.api';

export const BUSINESS_PLANS_KEY = ['programme', 'business-plans'] as const;

/** The producer (or its commune officer) writes the business plan of an accepted idea. */
export function BusinessPlanModal({ idea, onClose }: { idea: ProductIdeaOutput; onClose: () => void }) {
  const { t } = useTranslation(PROGRAMME_NS);
  const queryClient = useQueryClient();
  const [investment, setInvestment] = useState<number | ''>('');
  const [capacity, setCapacity] = useState<number | ''>('');
  const [capacityUnit, setCapacityUnit] = useState('');
  const [market, setMarket] = useState(idea.market);
  const [supportNeeded, setSupportNeeded] = useState('');
  const [summary, setSummary] = useState('');
  const save = useMutation({
    mutationFn: () =>
      programmeApi.createBusinessPlan({
        ideaId: idea.id,
        investmentVnd: investment === '' ? 0 : investment,
        annualCapacity: capacity === '' ? null : capacity,
        capacityUnit,
        market,
        supportNeeded,
        summary,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: BUSINESS_PLANS_KEY });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('businessPlanFor', { name: idea.productName })}>
      <Stack>
        <ErrorAlert error={save.error} />
        <DecimalInput
          label={t('investmentVnd')}
          isWhole
          required
          min={0}
          value={investment}
          onChange={setInvestment}
          unit="đồng"
        />
        <Group grow>
          <DecimalInput label={t('annualCapacity')} min={0} value={capacity} onChange={setCapacity} />
          <TextInput
            label={t('capacityUnit')}
            value={capacityUnit}
            onChange={(e) => setCapacityUnit(e.currentTarget.value)}
          />
        </Group>
        <TextInput label={t('market')} value={market} onChange={(e) => setMarket(e.currentTarget.value)} />
        <Textarea
          label={t('supportNeeded')}
          autosize
          value={supportNeeded}
          onChange={(e) => setSupportNeeded(e.currentTarget.value)}
        />
        <Textarea
          label={t('summary')}
          autosize
          minRows={2}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ReviewPlanModal({ plan, onClose }: { plan: BusinessPlanOutput; onClose: () => void }) {
  const { t } = useTranslation(PROGRAMME_NS);
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const review = useMutation({
    mutationFn: (decision: ReviewDecision) =>
      programmeApi.reviewBusinessPlan(plan.id, {
        version: plan.version,
        decision,
        ...(reason.trim() ? { reason } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: BUSINESS_PLANS_KEY });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('businessPlanFor', { name: plan.productName })}>
      <Stack>
        <Text size="sm">{plan.summary}</Text>
        <Text size="sm">
          {t('supportNeeded')}: {plan.supportNeeded}
        </Text>
        <ErrorAlert error={review.error} />
        <Textarea
          label={t('reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button
            color="gray"
            variant="light"
            onClick={() => review.mutate('decline')}
            loading={review.isPending}
          >
            {t('decline')}
          </Button>
          <Button
            color="orange"
            variant="light"
            onClick={() => review.mutate('request_changes')}
            loading={review.isPending}
          >
            {t('requestChanges')}
          </Button>
          <Button onClick={() => review.mutate('accept')} loading={review.isPending}>
            {t('accept')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The business plans the account may see, with the commune's review. */
export function BusinessPlansSection() {
  const { t, i18n } = useTranslation(PROGRAMME_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const canReview = useCan('idea.review');
  const [reviewing, setReviewing] = useState<BusinessPlanOutput | null>(null);
  const plans = useQuery({
    queryKey: BUSINESS_PLANS_KEY,
    queryFn: ({ signal }) => programmeApi.businessPlans(signal),
  });
  const money = (n: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('businessPlansTitle')}
      </Title>
      <ErrorAlert error={plans.error} />
      {plans.data?.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('productName')}</Table.Th>
              <Table.Th>{t('producer')}</Table.Th>
              <Table.Th ta="right">{t('investmentVnd')}</Table.Th>
              <Table.Th>{t('status')}</Table.Th>
              <Table.Th>{t('lastReview')}</Table.Th>
              <Table.Th>{t('actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(plans.data?.items ?? []).map((plan) => (
              <Table.Tr key={plan.id}>
                <Table.Td>{plan.productName}</Table.Td>
                <Table.Td>{plan.producerName}</Table.Td>
                <Table.Td ta="right">{money(plan.investmentVnd)}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{PROPOSAL_STATUS_LABELS[plan.status][lang]}</Badge>
                </Table.Td>
                <Table.Td>{plan.lastReview?.reason}</Table.Td>
                <Table.Td>
                  {canReview && plan.status === 'submitted' && (
                    <Button size="xs" variant="light" onClick={() => setReviewing(plan)}>
                      {t('review')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {reviewing && <ReviewPlanModal plan={reviewing} onClose={() => setReviewing(null)} />}
    </Stack>
  );
}
