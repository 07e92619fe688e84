import { Anchor, Badge, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { RubricDecisionList } from './RubricDecisionList';
import { RubricSheetView } from './RubricSheetView';
import { RUBRICS_NS } from './rubric-i18n';
import { rubricsApi } from './rubrics.api';

/** One criteria version: its integrity report per product set, and any sheet as the law prints it. */
export function RubricVersionPage() {
  const { t, i18n } = useTranslation(RUBRICS_NS);
  const isEnglish = i18n.language === 'en';
  const { key } = useParams({ from: '/authenticated/rubrics/$key' });
  const [setNumber, setSetNumber] = useState(1);
  const version = useQuery({
    queryKey: ['rubrics', key],
    queryFn: ({ signal }) => rubricsApi.get(key, signal),
  });
  const sheet = useQuery({
    queryKey: ['rubrics', key, 'sets', setNumber],
    queryFn: ({ signal }) => rubricsApi.sheet(key, setNumber, signal),
  });
  const data = version.data;
  const setName = (set: { setNameVi: string; setNameEn: string } | undefined) =>
    isEnglish ? set?.setNameEn : set?.setNameVi;

  return (
    <Stack>
      <Anchor component={Link} to="/rubrics">
        {t('back')}
      </Anchor>
      <PageHeading>{data ? `${data.id} — ${data.nameVi}` : t('title')}</PageHeading>
      <ErrorAlert error={version.error} />
      {data && (
        <>
          <Text>
            {data.legalBasis} · {t('effective')}: {formatDate(data.effectiveFrom, i18n.language)} –{' '}
            {data.effectiveTo ? formatDate(data.effectiveTo, i18n.language) : '…'}
          </Text>
          <Table.ScrollContainer minWidth={600}>
            <Table striped withTableBorder aria-label={t('integrity')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('setColumn')}</Table.Th>
                  <Table.Th>{t('parts')}</Table.Th>
                  <Table.Th>{t('total')}</Table.Th>
                  <Table.Th>{t('integrity')}</Table.Th>
                  <Table.Th>{t('decisions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.integrity.map((report) => (
                  <Table.Tr key={report.setNumber}>
                    <Table.Td>
                      {report.setNumber}. {setName(data.sets.find((s) => s.setNumber === report.setNumber))}
                    </Table.Td>
                    <Table.Td>{report.parts.map((p) => p.computed).join(' / ')}</Table.Td>
                    <Table.Td>{report.total.computed}</Table.Td>
                    <Table.Td>
                      <Badge color={report.isValid ? 'green' : 'red'} variant="light">
                        {t(report.isValid ? 'integrityOk' : 'integrityBad')}
                      </Badge>
                      {report.issues.map((issue) => (
                        <Text size="xs" key={`${issue.nodeCode}-${issue.code}`}>
                          {issue.nodeCode}: {isEnglish ? issue.messageEn : issue.messageVi}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <RubricDecisionList decisions={report.decisions} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <NativeSelect
            label={t('chooseSet')}
            value={String(setNumber)}
            onChange={(event) => setSetNumber(Number(event.currentTarget.value))}
            data={data.sets.map((s) => ({
              value: String(s.setNumber),
              label: `${s.setNumber}. ${s.setNameVi}`,
            }))}
            w="fit-content"
          />
          <ErrorAlert error={sheet.error} />
          {sheet.data && (
            <RubricSheetView sheet={sheet.data} pdfUrl={rubricsApi.blankPdfUrl(key, setNumber)} />
          )}
        </>
      )}
    </Stack>
  );
}
