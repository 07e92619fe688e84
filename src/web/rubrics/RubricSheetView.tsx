import { Anchor, Badge, Box, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RubricSheetOutput } from '../../contracts/rubrics.contracts';
import { RUBRICS_NS } from './rubric-i18n';

type Group = RubricSheetOutput['parts'][number]['groups'][number];
type Criterion = Group['criteria'][number];

function CriterionView({ criterion }: { criterion: Criterion }) {
  const { t } = useTranslation(RUBRICS_NS);
  return (
    <Box component="li" mb="sm">
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>
          <code>{criterion.code}</code> {criterion.titleVi}
        </Text>
        <Text size="sm" c="dimmed">
          {t('maxPoints', { points: criterion.maxPoints })}
        </Text>
        {criterion.mandatoryForStar && (
          <Badge color="orange">{t('mandatory', { stars: criterion.mandatoryForStar })}</Badge>
        )}
        {criterion.assessedByCommune && <Badge color="teal">{t('commune')}</Badge>}
      </Group>
      {criterion.knockOut && (
        <Text size="sm" c="red.8">
          {t('knockOut')}: {criterion.knockOut.textVi}
        </Text>
      )}
      {criterion.options.length > 0 && (
        <List size="sm" listStyleType="none" withPadding>
          {criterion.options.map((option, index) => (
            <List.Item key={index}>
              ☐ {option.textVi} — <strong>{option.points}</strong> {t('points')}
              {option.mandatoryForStar && ` (${'★'.repeat(option.mandatoryForStar)})`}
            </List.Item>
          ))}
        </List>
      )}
      {criterion.subCriteria && criterion.subCriteria.length > 0 && (
        <Box component="ul" pl="lg">
          {criterion.subCriteria.map((sub) => (
            <CriterionView key={sub.code} criterion={sub} />
          ))}
        </Box>
      )}
    </Box>
  );
}

/** A criteria sheet laid out as the decision prints it: parts, groups, criteria, options and points. */
export function RubricSheetView({ sheet, pdfUrl }: { sheet: RubricSheetOutput; pdfUrl: string }) {
  const { t } = useTranslation(RUBRICS_NS);
  return (
    <Stack>
      <Anchor href={pdfUrl}>{t('blankPdf')}</Anchor>
      {sheet.parts.map((part) => (
        <Card withBorder key={part.code} component="section" aria-label={`${part.code}. ${part.titleVi}`}>
          <Title order={2} size="h4">
            Phần {part.code}. {part.titleVi} ({part.maxPoints} {t('points')})
          </Title>
          {part.groups.map((group) => (
            <Box key={group.code} mt="md">
              <Title order={3} size="h5">
                {group.number}. {group.titleVi} ({group.maxPoints} {t('points')})
              </Title>
              <Box component="ul" pl="md">
                {group.criteria.map((criterion) => (
                  <CriterionView key={criterion.code} criterion={criterion} />
                ))}
              </Box>
              {group.cases && group.cases.length > 0 && (
                <Box pl="md">
                  <Text fs="italic">{t('case')}</Text>
                  {group.cases.map((c) => (
                    <Box key={c.code} mt="xs">
                      <Text fw={600}>{c.titleVi}</Text>
                      <Box component="ul" pl="md">
                        {c.criteria.map((criterion) => (
                          <CriterionView key={criterion.code} criterion={criterion} />
                        ))}
                      </Box>
                    </Box>
                  ))}
                </Box>
              )}
            </Box>
          ))}
        </Card>
      ))}
    </Stack>
  );
}
