import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { useMe } from '../auth/useMe';
import { POST_INSPECTION_NS } from './post-inspection-i18n';
import { postInspectionApi } from './post-inspection.api';

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** One inspection record: findings and conclusion; the producer reports its remedy, the inspector closes. */
export function InspectionPage() {
  const { t } = useTranslation(POST_INSPECTION_NS);
  const inspectionId = useParams({
    strict: false,
    select: (params: Record<string, string>) => params.inspectionId ?? '',
  });
  const me = useMe();
  const queryClient = useQueryClient();
  const record = useQuery({
    queryKey: ['inspections', 'one', inspectionId],
    queryFn: ({ signal }) => postInspectionApi.inspection(inspectionId, signal),
  });
  const [text, setText] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['inspections'] });
  const answer = useMutation({
    mutationFn: () => postInspectionApi.answerRemedy(inspectionId, { version: record.data!.version, text }),
    onSuccess: refresh,
  });
  const close = useMutation({
    mutationFn: () => postInspectionApi.closeInspection(inspectionId, { version: record.data!.version }),
    onSuccess: refresh,
  });
  const r = record.data;
  if (!r) return <ErrorAlert error={record.error} />;
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/inspections" size="sm">
        ← {t('back')}
      </Anchor>
      <PageHeading>{`${r.producerName} — ${vnDate(r.inspectedOn)}`}</PageHeading>
      <Group>
        <Badge size="lg">{t(`inspectionStatus.${r.status}`)}</Badge>
        <Text>{t(`agencies.${r.agency}`)}</Text>
      </Group>
      {r.productName && <Text>{`${t('product')}: ${r.productName}`}</Text>}
      <Card withBorder>
        <Text fw={700}>{t('findings')}</Text>
        <List>
          {r.findings.map((f, i) => (
            <List.Item key={i}>{`${t(`severities.${f.severity}`)}: ${f.description}`}</List.Item>
          ))}
        </List>
        {r.remedyDueOn && <Text mt="sm">{`${t('remedyDueOn')}: ${vnDate(r.remedyDueOn)}`}</Text>}
        {r.conclusionNote && <Text mt="sm">{r.conclusionNote}</Text>}
      </Card>
      {r.remedyAnswer && (
        <Card withBorder>
          <Text fw={700}>{t('remedyAnswer')}</Text>
          <Text>{r.remedyAnswer.text}</Text>
        </Card>
      )}
      {r.status === 'awaiting_remedy' && me.actions.includes('inspection.remedy') && (
        <Stack>
          <Textarea
            label={t('remedyAnswer')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            required
          />
          <Group>
            <Button disabled={!text.trim()} loading={answer.isPending} onClick={() => answer.mutate()}>
              {t('sendRemedy')}
            </Button>
          </Group>
          <ErrorAlert error={answer.error} />
        </Stack>
      )}
      {r.status === 'remedy_answered' && me.actions.includes('inspection.record') && (
        <Group>
          <ConfirmAction
            label={t('close')}
            title={t('closeConfirmTitle')}
            consequence={t('closeConfirm')}
            onConfirm={() => close.mutateAsync()}
          />
        </Group>
      )}
    </Stack>
  );
}
