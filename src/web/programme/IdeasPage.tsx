import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductIdeaOutput } from '../../contracts/programme.contracts';
import { PROPOSAL_STATUS_LABELS } from '../../domain/programme/programme.types';
import type { ReviewDecision } from '../../domain/programme/proposal-workflow';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { PROGRAMME_NS } from './programme-i18n';
import { programmeApi } from './programme.api';
import { BusinessPlanModal, BusinessPlansSection } from './BusinessPlansSection';

export const IDEAS_KEY = ['programme', 'ideas'] as const;

const STATUS_COLOR = {
  submitted: 'blue',
  changes_requested: 'orange',
  accepted: 'green',
  declined: 'gray',
} as const;

/** The commune officer's decision on one idea, with the reason the producer reads. */
function ReviewModal({ idea, onClose }: { idea: ProductIdeaOutput; onClose: () => void }) {
  const { t } = useTranslation(PROGRAMME_NS);
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const review = useMutation({
    mutationFn: (decision: ReviewDecision) =>
      programmeApi.reviewIdea(idea.id, {
        version: idea.version,
        decision,
        ...(reason.trim() ? { reason } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: IDEAS_KEY });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('reviewTitle', { name: idea.productName })}>
      <Stack>
        <Text size="sm">{idea.description}</Text>
        <Text size="sm">
          {t('rawMaterialArea')}: {idea.rawMaterialArea} · {t('market')}: {idea.market}
        </Text>
        <Text size="sm">
          {t('novelty')}: {idea.novelty}
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

/** Product ideas the account may see: the producer registers, the commune reviews, the producer starts a dossier. */
export function IdeasPage() {
  const { t, i18n } = useTranslation(PROGRAMME_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const canManage = useCan('idea.manage');
  const canReview = useCan('idea.review');
  const canStartDossier = useCan('dossier.edit');
  const navigate = useNavigate();
  const [reviewing, setReviewing] = useState<ProductIdeaOutput | null>(null);
  const [planning, setPlanning] = useState<ProductIdeaOutput | null>(null);
  const ideas = useQuery({ queryKey: IDEAS_KEY, queryFn: ({ signal }) => programmeApi.ideas(signal) });
  const start = useMutation({
    mutationFn: (ideaId: string) => programmeApi.startDossier(ideaId),
    onSuccess: async (result) =>
      navigate({ to: '/dossiers/$dossierId', params: { dossierId: result.dossierId } }),
  });
  return (
    <Stack>
      <PageHeading>{t('ideasTitle')}</PageHeading>
      <Text>{t('ideasIntro')}</Text>
      {canManage && (
        <Button
          component={Link}
          to="/ideas/new"
          leftSection={<IconPlus size={16} aria-hidden />}
          w="fit-content"
        >
          {t('ideaNew')}
        </Button>
      )}
      <ErrorAlert error={ideas.error ?? start.error} />
      {ideas.data?.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('productName')}</Table.Th>
                <Table.Th>{t('producer')}</Table.Th>
                <Table.Th>{t('commune')}</Table.Th>
                <Table.Th>{t('year')}</Table.Th>
                <Table.Th>{t('status')}</Table.Th>
                <Table.Th>{t('lastReview')}</Table.Th>
                <Table.Th>{t('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(ideas.data?.items ?? []).map((idea) => (
                <Table.Tr key={idea.id}>
                  <Table.Td>{idea.productName}</Table.Td>
                  <Table.Td>{idea.producerName}</Table.Td>
                  <Table.Td>{idea.communeName}</Table.Td>
                  <Table.Td>{idea.year}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[idea.status]} variant="light">
                      {PROPOSAL_STATUS_LABELS[idea.status][lang]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{idea.lastReview?.reason}</Table.Td>
                  <Table.Td>
                    {canReview && idea.status === 'submitted' && (
                      <Button size="xs" variant="light" onClick={() => setReviewing(idea)}>
                        {t('accept')} / {t('requestChanges')}
                      </Button>
                    )}
                    {canStartDossier && idea.status === 'accepted' && !idea.dossierId && (
                      <Button size="xs" onClick={() => start.mutate(idea.id)} loading={start.isPending}>
                        {t('startDossier')}
                      </Button>
                    )}
                    {canManage && idea.status === 'changes_requested' && (
                      <Link
                        to="/ideas/$ideaId/edit"
                        params={{ ideaId: idea.id }}
                        className="mantine-Anchor-root"
                      >
                        {t('editAndResubmit')}
                      </Link>
                    )}
                    {canManage && idea.status === 'accepted' && (
                      <Button size="xs" variant="light" onClick={() => setPlanning(idea)}>
                        {t('businessPlanNew')}
                      </Button>
                    )}
                    {idea.dossierId && (
                      <Link
                        to="/dossiers/$dossierId"
                        params={{ dossierId: idea.dossierId }}
                        className="mantine-Anchor-root"
                      >
                        {t('openDossier')}
                      </Link>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {reviewing && <ReviewModal idea={reviewing} onClose={() => setReviewing(null)} />}
      {planning && <BusinessPlanModal idea={planning} onClose={() => setPlanning(null)} />}
      <BusinessPlansSection />
    </Stack>
  );
}
