import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';
import { ErrorAlert } from '../forms/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { evaluationApi } from './evaluation.api';
import { EVALUATION_NS } from './evaluation-i18n';

/** Council members with an account, once each (a person may sit in several councils). */
function useMemberOptions() {
  const councils = useQuery({
    queryKey: ['evaluation', 'councils'],
    queryFn: ({ signal }) => evaluationApi.councils(signal),
  });
  const seen = new Map<string, string>();
  for (const council of councils.data?.items ?? [])
    for (const m of council.members)
      if (m.accountId && !seen.has(m.accountId)) seen.set(m.accountId, `${m.fullName} — ${m.position}`);
  return { options: [...seen].map(([value, label]) => ({ value, label })), error: councils.error };
}

/** The standing office records who advised which producer (and when). */
function CreateLinkForm() {
  const { t } = useTranslation(EVALUATION_NS);
  const queryClient = useQueryClient();
  const members = useMemberOptions();
  const [accountId, setAccountId] = useState<string | null>(null);
  const [producerId, setProducerId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [note, setNote] = useState('');
  const producers = useQuery({
    queryKey: ['evaluation', 'producers', search],
    queryFn: ({ signal }) => evaluationApi.producers(search, signal),
  });
  const create = useMutation({
    mutationFn: () =>
      evaluationApi.createConsultancyLink({
        accountId: accountId!,
        producerId: producerId!,
        validFrom,
        validTo: validTo || null,
        note: note.trim(),
      }),
    onSuccess: async () => {
      setProducerId(null);
      setNote('');
      await queryClient.invalidateQueries({ queryKey: ['evaluation', 'consultancy-links'] });
    },
  });
  const { i18n } = useTranslation();
  const fieldError = (field: string) => {
    const problem = isApiError(create.error)
      ? create.error.fieldErrors.find((e) => e.field === field)
      : undefined;
    return problem ? (i18n.language === 'en' ? problem.messageEn : problem.message) : undefined;
  };
  return (
    <Card
      withBorder
      component="form"
      aria-labelledby="consultancy-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="consultancy-form-heading">
          {t('consultancy.add')}
        </Title>
        <ErrorAlert error={members.error} />
        <Group grow align="start" wrap="wrap">
          <Select
            label={t('consultancy.member')}
            data={members.options}
            value={accountId}
            onChange={setAccountId}
            searchable
            required
            nothingFoundMessage={t('consultancy.noMember')}
            error={fieldError('accountId')}
            miw={240}
          />
          <Select
            label={t('consultancy.producer')}
            data={(producers.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} (${p.registrationNumber})`,
            }))}
            value={producerId}
            onChange={setProducerId}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            required
            nothingFoundMessage={t('consultancy.noProducer')}
            error={fieldError('producerId')}
            miw={240}
          />
        </Group>
        <Group grow align="start" wrap="wrap">
          <TextInput
            type="date"
            label={t('consultancy.from')}
            value={validFrom}
            onChange={(e) => setValidFrom(e.currentTarget.value)}
            required
            error={fieldError('validFrom')}
          />
          <TextInput
            type="date"
            label={t('consultancy.to')}
            description={t('consultancy.toHelp')}
            value={validTo}
            onChange={(e) => setValidTo(e.currentTarget.value)}
            error={fieldError('validTo')}
          />
        </Group>
        <Textarea
          label={t('consultancy.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <ErrorAlert error={create.error} />
        {create.isSuccess && (
          <Alert color="green" role="status">
            {t('consultancy.saved')}
          </Alert>
        )}
        <Group>
          <Button
            type="submit"
            size="md"
            disabled={!accountId || !producerId || !validFrom}
            loading={create.isPending}
          >
            {t('consultancy.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * Quan hệ tư vấn — earlier consultancy of council members for producers. Each link becomes a
 * conflict-of-interest hint on the member's score sheet for that producer's products.
 */
export function ConsultancyLinksPage() {
  const { t } = useTranslation(EVALUATION_NS);
  const links = useQuery({
    queryKey: ['evaluation', 'consultancy-links'],
    queryFn: ({ signal }) => evaluationApi.consultancyLinks(signal),
  });
  return (
    <Stack gap="lg">
      <PageHeading>{t('consultancy.title')}</PageHeading>
      <Text>{t('consultancy.intro')}</Text>
      <CreateLinkForm />
      <ErrorAlert error={links.error} />
      {links.isPending && <Loader aria-label="…" />}
      {links.isSuccess && links.data.items.length === 0 && <Text c="dimmed">{t('consultancy.none')}</Text>}
      {links.isSuccess && links.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table withTableBorder striped>
            <Table.Caption>{t('consultancy.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consultancy.member')}</Table.Th>
                <Table.Th>{t('consultancy.producer')}</Table.Th>
                <Table.Th>{t('consultancy.period')}</Table.Th>
                <Table.Th>{t('consultancy.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {links.data.items.map((l) => (
                <Table.Tr key={`${l.accountId}:${l.producerId}`}>
                  <Table.Td>{l.accountName}</Table.Td>
                  <Table.Td>{l.producerName}</Table.Td>
                  <Table.Td>{`${l.validFrom ?? '…'} → ${l.validTo ?? t('consultancy.ongoing')}`}</Table.Td>
                  <Table.Td>{l.note}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
