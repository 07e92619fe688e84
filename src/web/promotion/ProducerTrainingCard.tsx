import { Badge, Card, List, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { PROMOTION_NS } from './promotion-i18n';
import { promotionApi } from './promotion.api';

/** The training courses a producer took part in (lịch sử tập huấn), on the producer's page. */
export function ProducerTrainingCard({ producerId }: { producerId: string }) {
  const { t, i18n } = useTranslation(PROMOTION_NS);
  const history = useQuery({
    queryKey: ['promotion', 'producer-training', producerId],
    queryFn: ({ signal }) => promotionApi.producerTraining(producerId, signal),
  });
  if (!history.data || history.data.items.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('trainingHistory')}
      </Title>
      <List>
        {history.data.items.map((course) => (
          <List.Item key={course.courseId}>
            <Text span>
              {formatDate(course.startsOn, i18n.language)} — {course.title}{' '}
            </Text>
            {course.hasAttended && (
              <Badge variant="light" color="green">
                {t('attended')}
              </Badge>
            )}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
