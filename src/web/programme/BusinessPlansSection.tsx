import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  CreateBusinessPlanInput,
  type BusinessPlanOutput,
  type ProductIdeaOutput,
} from '../../contracts/programme.contracts';
import { PROPOSAL_STATUS_LABELS } from '../../domain/programme/programme.types';
import type { ReviewDecision } from '../../domain/programme/proposal-workflow';
import { useCan } from '../auth/useCan';
import { applyProblemToForm } from '../forms/apply-problem';
import { DecimalInput } from '../forms/DecimalInput';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PROGRAMME_NS } from './programme-i18n';
import { programmeApi } from './programme.api';

export const BUSINESS_PLANS_KEY = ['programme', 'business-plans'] as const;

const PLAN_FIELDS = [
  'investmentVnd',
  'annualCapacity',
  'capacityUnit',
  'market',
  'supportNeeded',
  'summary',
] as const;

/**
 * The producer (or its commune officer) writes the business plan of an accepted idea, or (with
 * `plan`) corrects the plan the commune sent back, reading its reason; saving submits it again.
 */
export function BusinessPlanModal({
  idea,
  plan,
  onClose,
}: {
  idea?: ProductIdeaOutput;
  plan?: BusinessPlanOutput;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(PROGRAMME_NS);
  const queryClient = useQueryClient();
  const form = useForm<z.input<typeof CreateBusinessPlanInput>, unknown, CreateBusinessPlanInput>({
    resolver: localizedResolver(CreateBusinessPlanInput),
    defaultValues: {
      ideaId: plan?.ideaId ?? idea?.id ?? '',
      investmentVnd: plan?.investmentVnd ?? Number.NaN,
      annualCapacity: plan?.annualCapacity ?? null,
      capacityUnit: plan?.capacityUnit ?? '',
      market: plan?.market ?? idea?.market ?? '',
      supportNeeded: plan?.supportNeeded ?? '',
      summary: plan?.summary ?? '',
    },
  });
  const save = useMutation({
    mutationFn: ({ ideaId, ...fields }: CreateBusinessPlanInput) =>
      plan
        ? programmeApi.updateBusinessPlan(plan.id, { ...fields, version: plan.version })
        : programmeApi.createBusinessPlan({ ideaId, ...fields }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: BUSINESS_PLANS_KEY });
      onClose();
    },
    onError: (error) => applyProblemToForm(error, form.setError, PLAN_FIELDS, i18n.language),
  });
  const { errors } = form.formState;
  const name = plan?.productName ?? idea?.productName ?? '';
  return (
    <Modal opened onClose={onClose} title={t('businessPlanFor', { name })}>
      <form noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))}>
        <Stack>
          {plan?.lastReview && (
            <Alert color="orange" title={t('communeAskedForChanges')}>
              {plan.lastReview.reason}
            </Alert>
          )}
          <ErrorAlert error={save.error} />
          <Controller
            control={form.control}
            name="investmentVnd"
            render={({ field }) => (
              <DecimalInput
                label={t('investmentVnd')}
                isWhole
                required
                min={0}
                value={field.value}
                onChange={(v) => field.onChange(v === '' ? Number.NaN : v)}
                onBlur={field.onBlur}
                unit="đồng"
                error={errors.investmentVnd?.message}
              />
            )}
          />
          <Group grow align="flex-start">
            <Controller
              control={form.control}
              name="annualCapacity"
              render={({ field }) => (
                <DecimalInput
                  label={t('annualCapacity')}
                  min={0}
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(v === '' ? null : v)}
                  onBlur={field.onBlur}
                  error={errors.annualCapacity?.message}
                />
              )}
            />
            <TextInput
              label={t('capacityUnit')}
              error={errors.capacityUnit?.message}
              {...form.register('capacityUnit')}
            />
          </Group>
          <TextInput label={t('market')} error={errors.market?.message} {...form.register('market')} />
          <Textarea
            label={t('supportNeeded')}
            autosize
            error={errors.supportNeeded?.message}
            {...form.register('supportNeeded')}
          />
          <Textarea
            label={t('summary')}
            autosize
            minRows={2}
            error={errors.summary?.message}
            {...form.register('summary')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {plan ? t('saveAndResubmit') : t('save')}
            </Button>
          </Group>
        </Stack>
      </form>
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
  const canManage = useCan('idea.manage');
  const [reviewing, setReviewing] = useState<BusinessPlanOutput | null>(null);
  const [editing, setEditing] = useState<BusinessPlanOutput | null>(null);
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
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder aria-label={t('businessPlansTitle')}>
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
                    {canManage && plan.status === 'changes_requested' && (
                      <Button size="xs" variant="light" color="orange" onClick={() => setEditing(plan)}>
                        {t('editAndResubmit')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {reviewing && <ReviewPlanModal plan={reviewing} onClose={() => setReviewing(null)} />}
      {editing && <BusinessPlanModal plan={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
