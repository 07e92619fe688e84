import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilOutput, RoundOutput } from '../../contracts/evaluation.contracts';
import { VOTING_MEMBER_ROLES } from '../../domain/evaluation/evaluation.types';
import { ErrorAlert } from '../forms/ErrorAlert';
import { CompositionCheck } from './CompositionCheck';
import { ROUNDS_KEY, councilsApi } from './councils.api';
import { COUNCILS_NS } from './councils-i18n';

/**
 * Phân công — before the round opens the standing office chooses who scores one product, seeing
 * the composition check (size, chair, mandatory and managing agencies) of the members chosen as it
 * ticks. The server refuses members outside the council or with a conflict of interest, naming them.
 */
export function ProductMembersControl({
  round,
  product,
  council,
}: {
  round: RoundOutput;
  product: RoundOutput['products'][number];
  council: CouncilOutput;
}) {
  const { t, i18n } = useTranslation(COUNCILS_NS);
  const queryClient = useQueryClient();
  const [isOpen, setIsOpen] = useState(false);
  const [chosen, setChosen] = useState<string[]>(product.memberIds);
  const voting = council.members.filter((m) => (VOTING_MEMBER_ROLES as readonly string[]).includes(m.role));
  const choices = useQuery({
    queryKey: ['council-round', round.id, 'member-choices', product.id],
    queryFn: ({ signal }) => councilsApi.productMemberChoices(round.id, product.id, signal),
    enabled: isOpen,
  });
  const conflictsOf = (memberId: string) =>
    choices.data?.items.find((c) => c.memberId === memberId)?.conflicts ?? [];
  const save = useMutation({
    mutationFn: () => councilsApi.setProductMembers(round.id, product.id, { memberIds: chosen }),
    onSuccess: async (updated) => {
      setIsOpen(false);
      queryClient.setQueryData(['council-round', round.id], updated);
      await queryClient.invalidateQueries({ queryKey: ROUNDS_KEY });
    },
  });
  const open = () => {
    setChosen(product.memberIds);
    save.reset();
    setIsOpen(true);
  };
  const isUnchanged = [...chosen].sort().join() === [...product.memberIds].sort().join();
  return (
    <>
      <Button size="compact-sm" variant="light" mt={4} onClick={open}>
        {t('assignment.change')}
      </Button>
      {save.isSuccess && (
        <Text size="sm" role="status" c="green">
          {t('assignment.saved')}
        </Text>
      )}
      <Modal
        opened={isOpen}
        onClose={() => setIsOpen(false)}
        title={t('assignment.title', { product: product.productName })}
        centered
        size="lg"
      >
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('assignment.intro')}</Text>
            <Checkbox.Group label={t('assignment.members')} value={chosen} onChange={setChosen}>
              <Stack gap={4} mt={4}>
                {voting.map((m) => {
                  const conflicts = conflictsOf(m.id);
                  return (
                    <Checkbox
                      key={m.id}
                      value={m.id}
                      disabled={conflicts.length > 0 && !chosen.includes(m.id)}
                      label={`${m.fullName} — ${m.position}${m.accountId ? '' : ` (${t('assignment.paper')})`}`}
                      description={
                        conflicts.length > 0
                          ? `${t('assignment.conflict')}: ${conflicts
                              .map((c) => (i18n.language.startsWith('en') ? c.messageEn : c.messageVi))
                              .join(' ')}`
                          : undefined
                      }
                    />
                  );
                })}
              </Stack>
            </Checkbox.Group>
            <Text size="sm" fw={600}>
              {t('assignment.check', { set: product.productSet })}
            </Text>
            <CompositionCheck
              members={voting.filter((m) => chosen.includes(m.id))}
              level={round.level}
              agendaSets={[product.productSet]}
            />
            <ErrorAlert error={save.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setIsOpen(false)}>
                {t('assignment.cancel')}
              </Button>
              <Button type="submit" disabled={chosen.length === 0 || isUnchanged} loading={save.isPending}>
                {t('assignment.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
