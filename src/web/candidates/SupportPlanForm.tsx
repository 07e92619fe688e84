import { Button, Card, Select, SimpleGrid, Stack, Table, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  UpdateCandidateSupportPlanInput,
  type FiveStarCandidateOutput,
} from '../../contracts/candidates.contracts';
import { applyProblemToForm } from '../forms/apply-problem';
import { DecimalInput } from '../forms/DecimalInput';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { promotionApi } from '../promotion/promotion.api';
import { CANDIDATES_NS } from './candidates-i18n';
import { CANDIDATES_KEY, candidatesApi } from './candidates.api';

const FIELDS = ['consultantId', 'budgetVnd', 'deadline', 'improvements', 'planNote'] as const;

/** The criteria the plan answers: each failed one, then any the plan already names. */
function criteriaOf(candidate: FiveStarCandidateOutput): { code: string; title: string }[] {
  const failed = (candidate.lastResult?.failedCriteria ?? []).map((c) => ({
    code: c.criterionCode,
    title: c.titleVi,
  }));
  const extra = candidate.improvements
    .filter((i) => !failed.some((f) => f.code === i.criterionCode))
    .map((i) => ({ code: i.criterionCode, title: '' }));
  return [...failed, ...extra];
}

/** The support plan: consultant from the directory, budget, deadline, one improvement per failed criterion. */
export function SupportPlanForm({ candidate }: { candidate: FiveStarCandidateOutput }) {
  const { t, i18n } = useTranslation(CANDIDATES_NS);
  const queryClient = useQueryClient();
  const criteria = criteriaOf(candidate);
  const consultants = useQuery({
    queryKey: ['promotion', 'consultants'],
    queryFn: ({ signal }) => promotionApi.consultants(0, signal),
  });
  const form = useForm<UpdateCandidateSupportPlanInput>({
    resolver: localizedResolver(UpdateCandidateSupportPlanInput),
    values: {
      consultantId: candidate.consultant?.id ?? null,
      budgetVnd: candidate.budgetVnd,
      deadline: candidate.deadline,
      improvements: criteria.map((c) => ({
        criterionCode: c.code,
        action: candidate.improvements.find((i) => i.criterionCode === c.code)?.action ?? '',
      })),
      planNote: candidate.planNote,
      version: candidate.version,
    },
  });
  const save = useMutation({
    mutationFn: (values: UpdateCandidateSupportPlanInput) =>
      candidatesApi.updatePlan(candidate.id, {
        ...values,
        improvements: values.improvements.filter((i) => i.action.trim() !== ''),
      }),
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: CANDIDATES_KEY }),
    onError: (error) => applyProblemToForm(error, form.setError, FIELDS, i18n.language),
  });
  const { errors } = form.formState;
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))} aria-label={t('plan')}>
      <Card withBorder>
        <Stack gap="sm">
          <ErrorAlert error={save.error} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Controller
              control={form.control}
              name="consultantId"
              render={({ field }) => (
                <Select
                  label={t('consultant')}
                  placeholder={t('noConsultant')}
                  clearable
                  data={(consultants.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
                  value={field.value}
                  onChange={(v) => field.onChange(v ?? null)}
                  error={errors.consultantId?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="budgetVnd"
              render={({ field }) => (
                <DecimalInput
                  label={t('budgetVnd')}
                  isWhole
                  min={0}
                  value={field.value ?? ''}
                  onChange={(v) => field.onChange(v === '' ? null : v)}
                  onBlur={field.onBlur}
                  error={errors.budgetVnd?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="deadline"
              render={({ field }) => (
                <TextInput
                  type="date"
                  label={t('deadline')}
                  value={field.value ?? ''}
                  onChange={(e) =>
                    field.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)
                  }
                  error={errors.deadline?.message}
                />
              )}
            />
          </SimpleGrid>
          {criteria.length > 0 && (
            <Table.ScrollContainer minWidth={0}>
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('criterion')}</Table.Th>
                    <Table.Th>{t('improvement')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {criteria.map((c, index) => (
                    <Table.Tr key={c.code}>
                      <Table.Td>
                        {c.code} {c.title}
                      </Table.Td>
                      <Table.Td>
                        <Textarea
                          aria-label={`${t('improvement')} ${c.code}`}
                          autosize
                          minRows={2}
                          error={errors.improvements?.[index]?.action?.message}
                          {...form.register(`improvements.${index}.action`)}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Textarea label={t('planNote')} autosize minRows={2} {...form.register('planNote')} />
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('savePlan')}
          </Button>
        </Stack>
      </Card>
    </form>
  );
}
