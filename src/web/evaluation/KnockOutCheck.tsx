import { Alert, Checkbox, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { findKnockOutNote, knockOutReason } from '../../domain/rubric/star-award';
import type { KnockOutNote, RubricSheet } from '../../domain/rubric/rubric.types';
import { EVALUATION_NS } from './evaluation-i18n';

/**
 * Ghi chú loại — the member records that a criterion's knock-out note applies (all raw material
 * imported, a copy of another producer's product, unacceptable impurities…). A large tick box
 * under the criterion; the note itself is its description.
 */
export function KnockOutCheck(props: {
  code: string;
  note: KnockOutNote;
  checked: boolean;
  isReadOnly: boolean;
  onChange: (applies: boolean) => void;
}) {
  const { t } = useTranslation(EVALUATION_NS);
  return (
    <Checkbox
      size="md"
      color="red"
      checked={props.checked}
      disabled={props.isReadOnly}
      onChange={(e) => props.onChange(e.currentTarget.checked)}
      label={t('knockOutApplies', { code: props.code })}
      description={t('knockOutHelp', { note: props.note.textVi })}
      styles={{ root: { minHeight: 44 }, label: { paddingBlock: 4 } }}
    />
  );
}

/** "Không đánh giá tiếp: …" for the notes a member (or the council) recorded. */
export function KnockOutAlert(props: {
  title: string;
  reasons: readonly { criterionCode: string; reasonVi: string }[];
}) {
  if (props.reasons.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={props.title} role="status" data-testid="knock-out">
      <List size="sm">
        {props.reasons.map((r) => (
          <List.Item key={r.criterionCode}>{r.reasonVi}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The reasons of the notes a member ticked on a sheet. */
export function reasonsOf(sheet: RubricSheet, codes: readonly string[]) {
  return codes.map((code) => ({
    criterionCode: code,
    ...knockOutReason(code, findKnockOutNote(sheet, code)),
  }));
}
