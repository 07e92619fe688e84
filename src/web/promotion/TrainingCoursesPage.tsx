import { Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TRAINING_AUDIENCE_LABELS } from '../../domain/promotion/promotion.types';
import { useCan } from '../auth/useCan';
import { ErrorAlert } from '../forms/ErrorAlert';
import { formatDate } from '../i18n/format';
import { PageHeading } from '../layout/PageHeading';
import { PROMOTION_NS } from './promotion-i18n';
import { promotionApi } from './promotion.api';

export const TRAINING_KEY = ['promotion', 'training'] as const;

/** The training courses of the account's units, latest first, with participants and attendance. */
export function TrainingCoursesPage() {
  const { t, i18n } = useTranslation(PROMOTION_NS);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const canManage = useCan('promotion.manage');
  const courses = useQuery({
    queryKey: TRAINING_KEY,
    queryFn: ({ signal }) => promotionApi.trainingCourses(0, signal),
  });
  return (
    <Stack>
      <PageHeading>{t('trainingTitle')}</PageHeading>
      <Text>{t('trainingIntro')}</Text>
      {canManage && (
        <Button
          component={Link}
          to="/training/new"
          leftSection={<IconPlus size={16} aria-hidden />}
          w="fit-content"
        >
          {t('trainingNew')}
        </Button>
      )}
      <ErrorAlert error={courses.error} />
      {courses.data?.items.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('title')}</Table.Th>
                <Table.Th>{t('unit')}</Table.Th>
                <Table.Th>{t('audience')}</Table.Th>
                <Table.Th>{t('dates')}</Table.Th>
                <Table.Th>{t('place')}</Table.Th>
                <Table.Th ta="right">{t('participants')}</Table.Th>
                <Table.Th ta="right">{t('attended')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(courses.data?.items ?? []).map((course) => (
                <Table.Tr key={course.id}>
                  <Table.Td>{course.title}</Table.Td>
                  <Table.Td>{course.unit.name}</Table.Td>
                  <Table.Td>{TRAINING_AUDIENCE_LABELS[course.audience][lang]}</Table.Td>
                  <Table.Td>
                    {formatDate(course.startsOn, i18n.language)} – {formatDate(course.endsOn, i18n.language)}
                  </Table.Td>
                  <Table.Td>{course.isOnline ? t('isOnline') : course.place}</Table.Td>
                  <Table.Td ta="right">{course.participantCount}</Table.Td>
                  <Table.Td ta="right">{course.attendedCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
