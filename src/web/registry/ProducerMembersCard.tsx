import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AddProducerMemberInput, type ProducerMemberOutput } from '../../contracts/producers.contracts';
import { useMe } from '../auth/useMe';
import { applyProblemToForm } from '../forms/apply-problem';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { ErrorAlert } from '../forms/ErrorAlert';
import { localizedResolver } from '../forms/localized-resolver';
import { PasswordField } from '../forms/PasswordField';
import { formatDate } from '../i18n/format';
import { REGISTRY_NS } from './registry-i18n';
import { REGISTRY_KEY, registryApi } from './registry.api';
import { zodPreprocess } from './zod-preprocess';

interface MemberFormValues {
  username: string;
  displayName: string;
  email: string;
  password: string;
}

const MEMBER_FIELDS = ['username', 'displayName', 'email', 'password'] as const;
const EMPTY: MemberFormValues = { username: '', displayName: '', email: '', password: '' };
const schema = zodPreprocess(
  (values: MemberFormValues) => ({ ...values, email: values.email.trim() === '' ? null : values.email }),
  AddProducerMemberInput,
);

/** Adds an account that acts for the producer; the person signs in with the password given here. */
function AddMemberForm({ producerId }: { producerId: string }) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const queryClient = useQueryClient();
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm<MemberFormValues, unknown, z.output<typeof AddProducerMemberInput>>({
    resolver: localizedResolver(schema),
    defaultValues: EMPTY,
  });
  const mutation = useMutation({
    mutationFn: (input: z.output<typeof AddProducerMemberInput>) => registryApi.addMember(producerId, input),
    onSuccess: async (_, input) => {
      setAdded(input.username);
      form.reset(EMPTY);
      await queryClient.invalidateQueries({ queryKey: [...REGISTRY_KEY, 'members', producerId] });
    },
    onError: (error) => applyProblemToForm(error, form.setError, MEMBER_FIELDS, i18n.language),
  });
  const { errors } = form.formState;
  return (
    <form
      noValidate
      aria-labelledby="add-member-title"
      onSubmit={form.handleSubmit((input) => {
        setAdded(null);
        mutation.mutate(input);
      })}
    >
      <Stack gap="sm">
        <Title order={3} size="h5" id="add-member-title">
          {t('member.addTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('member.addHint')}
        </Text>
        {added && (
          <Alert color="green" role="status" title={t('member.added', { username: added })}>
            {t('member.addedHint')}
          </Alert>
        )}
        <ErrorAlert error={mutation.error} title={t('member.addFailed')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('member.displayName')}
            required
            error={errors.displayName?.message}
            {...form.register('displayName')}
          />
          <TextInput
            label={t('member.username')}
            description={t('member.usernameHint')}
            required
            autoComplete="off"
            error={errors.username?.message}
            {...form.register('username')}
          />
          <TextInput
            label={t('member.email')}
            type="email"
            error={errors.email?.message}
            {...form.register('email')}
          />
          <PasswordField
            label={t('member.password')}
            description={t('member.passwordHint')}
            required
            autoComplete="new-password"
            error={errors.password?.message}
            {...form.register('password')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={mutation.isPending}
            leftSection={<IconUserPlus size={16} aria-hidden />}
          >
            {t('member.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Asks once before removing an account, and explains a refusal (the last active account, oneself) in the dialog. */
function RemoveMemberConfirm({
  producerId,
  member,
  onDone,
}: {
  producerId: string;
  member: ProducerMemberOutput;
  onDone: () => void;
}) {
  const { t } = useTranslation(REGISTRY_NS);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => registryApi.removeMember(producerId, member.accountId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: [...REGISTRY_KEY, 'members', producerId] });
      onDone();
    },
  });
  return (
    <ConfirmDialog
      opened
      onClose={onDone}
      title={t('member.removeConfirm', { name: member.displayName, username: member.username })}
      consequence={t('member.removeHint')}
      confirmLabel={t('member.remove')}
      color="red"
      onConfirm={() => remove.mutateAsync()}
    />
  );
}

/**
 * "Tài khoản của chủ thể": the people who act for the producer (one producer, several accounts),
 * shown to those who may manage the producer — its own members and the officials of its unit.
 */
export function ProducerMembersCard({ producerId }: { producerId: string }) {
  const { t, i18n } = useTranslation(REGISTRY_NS);
  const me = useMe();
  const [removing, setRemoving] = useState<ProducerMemberOutput | null>(null);
  const members = useQuery({
    queryKey: [...REGISTRY_KEY, 'members', producerId],
    queryFn: ({ signal }) => registryApi.members(producerId, signal),
    retry: false,
  });
  if (members.error) return null;
  const items = members.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="members-title">
      <Title order={2} size="h4" mb="sm" id="members-title">
        {t('producer.members')}
      </Title>
      <Stack gap="md">
        {members.isPending && <Loader size="sm" aria-label={t('loading')} />}
        {members.data && items.length === 0 && <Text c="dimmed">{t('producer.noMembers')}</Text>}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('producer.memberName')}</Table.Th>
                  <Table.Th>{t('producer.memberUsername')}</Table.Th>
                  <Table.Th>{t('member.email')}</Table.Th>
                  <Table.Th>{t('member.status')}</Table.Th>
                  <Table.Th>{t('producer.memberSince')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((member) => (
                  <Table.Tr key={member.accountId}>
                    <Table.Td>
                      {member.displayName}{' '}
                      {member.isOwner && (
                        <Badge size="sm" variant="light">
                          {t('producer.owner')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{member.username}</Table.Td>
                    <Table.Td>{member.email ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={member.isActive ? 'green' : 'gray'}>
                        {member.isActive ? t('member.active') : t('member.disabled')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDate(member.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      {member.accountId !== me.id && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          leftSection={<IconUserMinus size={14} aria-hidden />}
                          aria-label={t('member.removeLabel', { username: member.username })}
                          onClick={() => setRemoving(member)}
                        >
                          {t('member.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {removing && (
          <RemoveMemberConfirm
            key={removing.accountId}
            producerId={producerId}
            member={removing}
            onDone={() => setRemoving(null)}
          />
        )}
        <AddMemberForm producerId={producerId} />
      </Stack>
    </Card>
  );
}
