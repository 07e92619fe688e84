import { Anchor, Badge, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MySheetOutput } from '../../contracts/evaluation.contracts';
import { criterionFlagLabel, optionFlagLabel } from '../../domain/rubric/flag-labels';
import type { RubricCriterion } from '../../domain/rubric/rubric.types';
import { EVALUATION_NS } from './evaluation-i18n';
import { FlagBadge } from './FlagBadge';

interface CriterionFieldProps {
  criterion: RubricCriterion;
  value: number | undefined;
  selfChoice: number | undefined;
  communeChoice: number | undefined;
  /** The evidence the producer linked to this criterion (empty when it cannot be opened). */
  evidence: MySheetOutput['evidence'];
  isReadOnly: boolean;
  onChange: (option: number | undefined) => void;
  /** For a criterion that speaks of the district: how the province reads "cấp huyện" for this producer. */
  districtReading?: string | undefined;
}

/**
 * One criterion as one radio group (label = code and title): an option per tick box with its
 * points, and — beside it — what the producer chose in Biểu 2 and the commune in Biểu 3, and
 * links to the evidence the producer linked to the criterion (one click, audited). Large
 * touch targets for tablets; arrow keys move between options.
 */
export function CriterionField({
  criterion,
  value,
  selfChoice,
  communeChoice,
  evidence,
  isReadOnly,
  onChange,
  districtReading,
}: CriterionFieldProps) {
  const { t } = useTranslation(EVALUATION_NS);
  const describe = (choice: number) =>
    choice === 0
      ? t('noOption')
      : `${t('option', { n: choice })} — ${t('points', { points: criterion.options[choice - 1]?.points ?? 0 })}`;
  const descriptionId = `criterion-${criterion.code}-refs`;
  return (
    <Stack gap={4} className="criterion-field">
      <Radio.Group
        label={
          <>
            {`${criterion.code} — ${criterion.titleVi}`}
            {criterion.mandatoryForStar && (
              <FlagBadge label={criterionFlagLabel(criterion.mandatoryForStar)} />
            )}
          </>
        }
        description={
          districtReading ? (
            <>
              {criterion.noteVi && <span style={{ display: 'block' }}>{criterion.noteVi}</span>}
              <span data-testid="district-reading" style={{ display: 'block', fontWeight: 600 }}>
                {districtReading}
              </span>
            </>
          ) : (
            criterion.noteVi
          )
        }
        value={value === undefined ? null : String(value)}
        onChange={(next) => onChange(Number(next))}
        aria-describedby={selfChoice !== undefined || communeChoice !== undefined ? descriptionId : undefined}
      >
        <Stack gap={6} mt="xs">
          {criterion.options.map((option, index) => (
            <Radio
              key={index}
              value={String(index + 1)}
              size="md"
              disabled={isReadOnly}
              label={
                <>
                  {`${option.textVi} (${t('points', { points: option.points })})`}
                  {option.mandatoryForStar && <FlagBadge label={optionFlagLabel(option.mandatoryForStar)} />}
                </>
              }
              styles={{ root: { minHeight: 44 }, body: { alignItems: 'center' }, label: { paddingBlock: 8 } }}
            />
          ))}
          <Radio
            value="0"
            size="md"
            disabled={isReadOnly}
            label={t('noOption')}
            styles={{ root: { minHeight: 44 }, label: { paddingBlock: 8 } }}
          />
        </Stack>
      </Radio.Group>
      <Group gap="xs" id={descriptionId}>
        {selfChoice !== undefined && (
          <Badge variant="light" color="blue" size="lg" style={{ textTransform: 'none' }}>
            {t('selfAssessment', { choice: describe(selfChoice) })}
          </Badge>
        )}
        {communeChoice !== undefined && (
          <Badge variant="light" color="teal" size="lg" style={{ textTransform: 'none' }}>
            {t('communeChoice', { choice: describe(communeChoice) })}
          </Badge>
        )}
        {evidence.map((e) => (
          <Anchor
            key={e.id}
            href={e.downloadUrl}
            download={e.fileName}
            size="sm"
            aria-label={t('evidenceLink', { code: criterion.code, title: e.title })}
          >
            {`${t('evidenceShort')}: ${e.title}`}
          </Anchor>
        ))}
        {!isReadOnly && value !== undefined && (
          <Button
            variant="subtle"
            size="compact-md"
            onClick={() => onChange(undefined)}
            aria-label={`${t('clear')} ${criterion.code}`}
          >
            {t('clear')}
          </Button>
        )}
      </Group>
      {isReadOnly && value === undefined && (
        <Text size="sm" c="dimmed">
          —
        </Text>
      )}
    </Stack>
  );
}
