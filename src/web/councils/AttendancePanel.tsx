import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceOutput, RoundOutput } from '../../contracts/evaluation.contracts';
import { ErrorAlert } from '../forms/ErrorAlert';
import { councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';

type Chairing = 'chair' | 'vice_chair' | 'none';

function AttendanceForm({ round, attendance }: { round: RoundOutput; attendance: AttendanceOutput }) {
  const { t } = useTranslation(COUNCILS_NS);
  const queryClient = useQueryClient();
  const [mode, setMode] = useState(attendance.evaluationMode);
  const [present, setPresent] = useState(
    () => new Set(attendance.members.filter((m) => m.isPresent).map((m) => m.memberId)),
  );
  const [chairing, setChairing] = useState<Chairing>(attendance.chairedBy ?? 'none');
  const save = useMutation({
    mutationFn: () =>
      councilsApi.recordAttendance(round.id, {
        evaluationMode: mode,
        chairedBy: mode === 'written-opinion' || chairing === 'none' ? null : chairing,
        members: attendance.members.map((m) => ({
          memberId: m.memberId,
          isPresent: present.has(m.memberId),
        })),
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['round-attendance', round.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['evaluation'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const toggle = (memberId: string, isOn: boolean) =>
    setPresent((s) => {
      const next = new Set(s);
      if (isOn) next.add(memberId);
      else next.delete(memberId);
      return next;
    });
  return (
    <form noValidate onSubmit={submit} aria-label={t('attendance.title')}>
      <Stack>
        <Radio.Group label={t('attendance.mode')} value={mode} onChange={(v) => setMode(v)}>
          <Group mt="xs">
            <Radio value="meeting" label={t('attendance.meeting')} />
            <Radio value="written-opinion" label={t('attendance.written')} />
          </Group>
        </Radio.Group>
        <Table.ScrollContainer minWidth={0}>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('attendance.member')}</Table.Th>
                <Table.Th>{t('attendance.present')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attendance.members.map((m) => (
                <Table.Tr key={m.memberId}>
                  <Table.Td>{`${m.fullName} (${t(`attendance.role.${m.role}`)})`}</Table.Td>
                  <Table.Td>
                    <Checkbox
                      size="md"
                      aria-label={t('attendance.presentOf', { name: m.fullName })}
                      checked={present.has(m.memberId)}
                      onChange={(e) => toggle(m.memberId, e.currentTarget.checked)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {mode === 'meeting' && (
          <Radio.Group label={t('attendance.chairedBy')} value={chairing} onChange={(v) => setChairing(v)}>
            <Group mt="xs">
              <Radio value="chair" label={t('attendance.byChair')} />
              <Radio value="vice_chair" label={t('attendance.byViceChair')} />
              <Radio value="none" label={t('attendance.byNobody')} />
            </Group>
          </Radio.Group>
        )}
        <ErrorAlert error={save.error} />
        {save.isSuccess && (
          <Text role="status" c="green">
            {t('attendance.saved', { count: present.size, size: attendance.members.length })}
          </Text>
        )}
        <Group>
          <Button type="submit" size="md" loading={save.isPending}>
            {t('attendance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Điểm danh — the standing office records who attended the meeting and who chaired; quorum is
 * counted on the council's members on the meeting date. Until recorded, it is read from the
 * sheets submitted.
 */
export function AttendancePanel({ round }: { round: RoundOutput }) {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const attendance = useQuery({
    queryKey: ['round-attendance', round.id],
    queryFn: ({ signal }) => councilsApi.attendance(round.id, signal),
  });
  const a = attendance.data;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="attendance-title">
      <Stack>
        <Title order={2} size="h3" id="attendance-title">
          {t('attendance.title')}
        </Title>
        <Text size="sm">{t('attendance.intro')}</Text>
        <ErrorAlert error={attendance.error} />
        {a && (
          <Text size="sm" data-testid="attendance-quorum-rule">
            {t('attendance.rule', { rule: i18n.language === 'en' ? a.quorumRule.en : a.quorumRule.vi })}
          </Text>
        )}
        {a?.source === 'derived-from-sheets' && (
          <Alert color="gray" variant="light" data-testid="attendance-derived">
            {t('attendance.derived')}
          </Alert>
        )}
        {a && (round.status === 'open' || round.status === 'closed') && round.canManage ? (
          <AttendanceForm key={round.id} round={round} attendance={a} />
        ) : (
          a && (
            <Text size="sm" data-testid="attendance-summary">
              {t('attendance.summary', {
                count: a.members.filter((m) => m.isPresent).length,
                size: a.members.length,
              })}
            </Text>
          )
        )}
      </Stack>
    </Paper>
  );
}
