import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetWarningOutput } from '../../contracts/evaluation.contracts';
import { ErrorAlert } from '../forms/ErrorAlert';
import { evaluationApi } from './evaluation.api';
import { EVALUATION_NS } from './evaluation-i18n';

/**
 * The warning of a result scored on a sheet not verified against the gazette (set 26, sets
 * 11–13…), with the standing office's acknowledgement once given. With `acknowledge`, the
 * standing office can give it here (a note is required; the server audits it).
 */
export function SheetWarningAlert({
  warning,
  acknowledge,
}: {
  warning: SheetWarningOutput | null;
  acknowledge?: { roundId: string; resultId: string } | undefined;
}) {
  const { t, i18n } = useTranslation(EVALUATION_NS);
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: (target: { roundId: string; resultId: string }) =>
      evaluationApi.acknowledgeSheet(target.roundId, target.resultId, note.trim()),
    onSuccess: async () => {
      setNote('');
      await queryClient.invalidateQueries({ queryKey: ['evaluation'] });
    },
  });
  if (!warning) return null;
  const en = i18n.language === 'en';
  const ack = warning.acknowledgement;
  return (
    <Alert
      color={ack ? 'gray' : 'yellow'}
      title={t(`sheetWarning.${warning.status}`)}
      data-testid="sheet-warning"
      role={ack ? undefined : 'alert'}
    >
      <Stack gap="xs">
        <Text size="sm">{en ? warning.messageEn : warning.messageVi}</Text>
        {ack && (
          <Text size="sm" data-testid="sheet-acknowledged">
            {t('sheetWarning.acknowledged', {
              name: ack.byName,
              time: new Date(ack.at).toLocaleString(i18n.language),
              note: ack.note,
            })}
          </Text>
        )}
        {!ack && acknowledge && (
          <form
            aria-label={t('sheetWarning.acknowledgeForm')}
            onSubmit={(e) => {
              e.preventDefault();
              mutation.mutate(acknowledge);
            }}
          >
            <Group align="end">
              <Textarea
                label={t('sheetWarning.note')}
                description={t('sheetWarning.noteHelp')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                required
                minLength={3}
                autosize
                minRows={2}
                w={{ base: '100%', sm: 420 }}
              />
              <Button type="submit" size="md" disabled={note.trim().length < 3} loading={mutation.isPending}>
                {t('sheetWarning.acknowledge')}
              </Button>
            </Group>
            <ErrorAlert error={mutation.error} />
          </form>
        )}
      </Stack>
    </Alert>
  );
}
