import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierOutput } from '../../../contracts/dossiers.contracts';
import { DOSSIER_TYPE_LABELS } from '../../../domain/dossier/dossier.types';
import { PRODUCER_TYPE_LABELS, type ProducerType } from '../../../domain/registry/producer-types';
import { formatDate } from '../../i18n/format';
import { REVIEW_NS } from './review-i18n';

/** One label and its value in a description list; an empty value says so. */
function Field({ label, children, isWide }: { label: string; children: ReactNode; isWide?: boolean }) {
  const { t } = useTranslation(REVIEW_NS);
  const isEmpty = children === '' || children === null || children === undefined;
  return (
    <div style={isWide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
        {isEmpty ? t('registration.empty') : children}
      </Text>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={3} size="h6">
        {title}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs" m={0}>
        {children}
      </SimpleGrid>
    </Stack>
  );
}

/**
 * Biểu 1 as the reviewer reads it on screen: the producer, its legal representative, the product,
 * the kind of evaluation, samples, attachments, the re-evaluation results when there are any, and
 * who gave the truthfulness commitment when.
 */
export function RegistrationView({ dossier }: { dossier: DossierOutput }) {
  const { t, i18n } = useTranslation(REVIEW_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { producer, legalRepresentative: rep, product, reEvaluation } = dossier.registration;
  const producerType = PRODUCER_TYPE_LABELS[producer.type as ProducerType]?.[lang] ?? producer.type;
  const genderLabel = (gender: string) =>
    ['female', 'male', 'other'].includes(gender) ? t(`registration.genders.${gender}`) : gender;
  const lastVersion = dossier.versions.at(-1);
  return (
    <Card withBorder component="section" aria-labelledby="registration-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="registration-heading">
          {t('registration.title')}
        </Title>
        <Section title={t('registration.producer')}>
          <Field label={t('registration.producerName')}>{producer.name}</Field>
          <Field label={t('registration.producerType')}>{producerType}</Field>
          <Field label={t('registration.registrationNumber')}>{producer.registrationNumber}</Field>
          <Field label={t('registration.phone')}>{producer.phone}</Field>
          <Field label={t('registration.address')} isWide>
            {producer.address}
          </Field>
          <Field label={t('registration.email')}>{producer.email}</Field>
        </Section>
        <Section title={t('registration.representative')}>
          <Field label={t('registration.fullName')}>{rep.fullName}</Field>
          <Field label={t('registration.position')}>{rep.title}</Field>
          <Field label={t('registration.gender')}>{genderLabel(rep.gender)}</Field>
          <Field label={t('registration.ethnicMinority')}>
            {rep.isEthnicMinority ? t('registration.yes') : t('registration.no')}
          </Field>
        </Section>
        <Section title={t('registration.product')}>
          <Field label={t('registration.productName')}>{product.name}</Field>
          <Field label={t('registration.productSet')}>
            {t('registration.productSetValue', { set: dossier.productSet })}
          </Field>
          <Field label={t('registration.dossierType')}>{DOSSIER_TYPE_LABELS[dossier.type][lang]}</Field>
          <Field label={t('registration.sampleCount')}>{String(dossier.registration.sampleCount)}</Field>
          <Field label={t('registration.packaging')}>{product.packaging}</Field>
          <Field label={t('registration.description')} isWide>
            {product.description}
          </Field>
          <Field label={t('registration.attachments')} isWide>
            {dossier.registration.attachments.length === 0 ? (
              t('registration.noAttachments')
            ) : (
              <List size="sm">
                {dossier.registration.attachments.map((a, i) => (
                  <List.Item key={`${i}-${a}`}>{a}</List.Item>
                ))}
              </List>
            )}
          </Field>
          <Field label={t('registration.commitment')} isWide>
            {lastVersion
              ? t('registration.committed', {
                  name: lastVersion.committedByName,
                  date: formatDate(lastVersion.submittedAt, lang),
                  n: lastVersion.number,
                })
              : t('registration.notCommitted')}
          </Field>
        </Section>
        {reEvaluation && (
          <Section title={t('registration.reEvaluation')}>
            <Field label={t('registration.rawMaterials')} isWide>
              {reEvaluation.rawMaterials}
            </Field>
            <Field label={t('registration.market')} isWide>
              {reEvaluation.market}
            </Field>
            <Field label={t('registration.qualityDeclarations')} isWide>
              {reEvaluation.qualityDeclarations}
            </Field>
            <Field label={t('registration.changes')} isWide>
              {reEvaluation.changes}
            </Field>
            {reEvaluation.onSiteCheck && (
              <Field label={t('registration.onSiteCheck')} isWide>
                {t('registration.onSiteCheckValue', {
                  date: formatDate(reEvaluation.onSiteCheck.checkedOn, lang),
                  by: reEvaluation.onSiteCheck.checkedBy,
                  findings: reEvaluation.onSiteCheck.findings,
                })}
              </Field>
            )}
          </Section>
        )}
      </Stack>
    </Card>
  );
}
