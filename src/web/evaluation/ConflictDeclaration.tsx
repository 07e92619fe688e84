import { Alert, Button, Card, Group, List, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MySheetOutput } from '../../contracts/evaluation.contracts';
import { ErrorAlert } from '../forms/ErrorAlert';
import { evaluationApi } from './evaluation.api';
import { EVALUATION_NS } from './evaluation-i18n';

type Declaration = 'none' | 'conflict';

/**
 * Khai báo xung đột lợi ích — before scoring, the member declares for this product either no
 * conflict or a conflict (then abstains: the sheet does not count and the quorum is recomputed).
 * The hints the server computed (same unit or organisation as the producer, an earlier
 * consultancy) are shown first. A declaration can be changed while scoring is open.
 */
export function ConflictDeclaration({
  data,
  roundId,
  productId,
}: {
  data: MySheetOutput;
  roundId: string;
  productId: string;
}) {
  const { t, i18n } = useTranslation(EVALUATION_NS);
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<Declaration | null>(data.declaration);
  const [note, setNote] = useState('');
  const [isEditing, setIsEditing] = useState(data.declaration === null);
  const isOpen = data.roundStatus === 'open';
  const needsNote = choice === 'conflict' && note.trim().length === 0;
  const declare = useMutation({
    mutationFn: () =>
      evaluationApi.declareConflict(roundId, productId, { declaration: choice!, note: note.trim() }),
    onSuccess: async () => {
      setIsEditing(false);
      await queryClient.invalidateQueries({ queryKey: ['evaluation'] });
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="conflict-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="conflict-heading">
          {t('conflict.title')}
        </Title>
        {data.conflictHints.length > 0 && (
          <Alert color="yellow" title={t('conflictHints')}>
            <List>
              {data.conflictHints.map((h) => (
                <List.Item key={h.code}>{i18n.language === 'en' ? h.messageEn : h.messageVi}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {data.declaration === null && isOpen && (
          <Alert color="orange" role="status">
            {t('conflict.required')}
          </Alert>
        )}
        {data.declaration !== null && !isEditing && (
          <Group justify="space-between">
            <Text role="status" data-testid="conflict-declaration" fw={500}>
              {t(`conflict.declared.${data.declaration}`)}
            </Text>
            {isOpen && (
              <Button variant="subtle" size="compact-md" onClick={() => setIsEditing(true)}>
                {t('conflict.change')}
              </Button>
            )}
          </Group>
        )}
        {isOpen && isEditing && (
          <form
            aria-labelledby="conflict-heading"
            onSubmit={(e) => {
              e.preventDefault();
              if (choice && !needsNote) declare.mutate();
            }}
          >
            <Stack gap="sm">
              <Radio.Group
                label={t('conflict.question')}
                required
                value={choice}
                onChange={(value) => setChoice(value)}
              >
                <Stack gap={6} mt="xs">
                  <Radio
                    value="none"
                    size="md"
                    label={t('conflict.none')}
                    styles={{ root: { minHeight: 44 } }}
                  />
                  <Radio
                    value="conflict"
                    size="md"
                    label={t('conflict.conflict')}
                    styles={{ root: { minHeight: 44 } }}
                  />
                </Stack>
              </Radio.Group>
              <Textarea
                label={t('conflict.note')}
                description={choice === 'conflict' ? t('conflict.noteRequired') : undefined}
                required={choice === 'conflict'}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={2000}
              />
              <ErrorAlert error={declare.error} />
              <Group>
                <Button type="submit" size="md" disabled={!choice || needsNote} loading={declare.isPending}>
                  {t('conflict.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
