import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decimalToText, formatDecimal, parseDecimal, type ParsedDecimal } from './parse-decimal';

const MESSAGES = {
  vi: {
    willSave: (value: string) => `Sẽ lưu: ${value}`,
    notANumber: 'Không phải là số. Viết số thập phân với dấu phẩy (0,5) hoặc dấu chấm (0.5).',
    notWhole: 'Cần một số nguyên.',
    range: (min: string, max: string) => `Cần từ ${min} đến ${max}.`,
    atLeast: (min: string) => `Cần từ ${min} trở lên.`,
  },
  en: {
    willSave: (value: string) => `Will be saved: ${value}`,
    notANumber: 'Not a number. Write decimals with a comma (0,5) or a point (0.5).',
    notWhole: 'Must be a whole number.',
    range: (min: string, max: string) => `Must be between ${min} and ${max}.`,
    atLeast: (min: string) => `Must be ${min} or more.`,
  },
} as const;

export interface DecimalInputProps extends Omit<
  TextInputProps,
  'value' | 'onChange' | 'type' | 'inputMode' | 'min' | 'max'
> {
  /** The stored number; '' (or null) for none; NaN while the text is not a number. */
  value: number | '' | null | undefined;
  /** The number to save, '' when the box is empty, NaN when the text is not a number (so validation refuses it). */
  onChange: (value: number | '', parsed: ParsedDecimal) => void;
  /** Shown after the number in "Sẽ lưu: 0,5 ha". */
  unit?: string;
  /** Counts (people, stamps, days): no fraction; "1.000" is a thousand. */
  isWhole?: boolean;
  min?: number;
  max?: number;
}

function valueOf(parsed: ParsedDecimal): number | '' {
  return parsed.kind === 'number' ? parsed.value : parsed.kind === 'empty' ? '' : Number.NaN;
}

function sameNumber(a: number | '' | null | undefined, b: number | ''): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  return (a ?? '') === b;
}

/**
 * The one number box of the web app. Accepts what Vietnamese and English speakers type ("0,5",
 * "0.5", "1.234,5", "1 234,5"), shows under the box exactly what will be saved ("Sẽ lưu: 0,5 ha")
 * and never drops a digit: text that is not one clear number is shown as an error and handed on
 * as NaN, so the form's validation refuses to save it.
 */
export function DecimalInput({
  value,
  onChange,
  unit,
  isWhole = false,
  min,
  max,
  error,
  description,
  ...props
}: DecimalInputProps) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const messages = MESSAGES[language];
  const [text, setText] = useState(() => decimalToText(value, language));
  const [parsed, setParsed] = useState<ParsedDecimal>(() => parseDecimal(text, { isWhole }));
  const [seenValue, setSeenValue] = useState(value);
  // A value set from outside (a form reset, a reload) replaces the text; our own echo does not.
  if (!sameNumber(value, seenValue ?? '')) {
    setSeenValue(value);
    if (!sameNumber(value, valueOf(parsed)) && !(typeof value === 'number' && Number.isNaN(value))) {
      const next = decimalToText(value, language);
      setText(next);
      setParsed(parseDecimal(next, { isWhole }));
    }
  }

  const format = (n: number) => formatDecimal(n, language);
  const parseError =
    parsed.kind === 'invalid'
      ? parsed.reason === 'not-whole'
        ? messages.notWhole
        : messages.notANumber
      : undefined;
  const isOutOfRange =
    parsed.kind === 'number' &&
    ((min !== undefined && parsed.value < min) || (max !== undefined && parsed.value > max));
  const rangeError = isOutOfRange
    ? max === undefined
      ? messages.atLeast(format(min ?? 0))
      : messages.range(format(min ?? 0), format(max))
    : undefined;
  // What cannot be read is said first; out of range, the form's own message (once validated) wins.
  const shownError = parseError ?? error ?? rangeError;
  const willSave =
    parsed.kind === 'number' && !parseError && !rangeError
      ? messages.willSave(`${format(parsed.value)}${unit ? ` ${unit}` : ''}`)
      : undefined;

  return (
    <TextInput
      {...props}
      inputMode={isWhole ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={text}
      description={willSave ?? description}
      error={shownError}
      onChange={(event) => {
        const nextText = event.currentTarget.value;
        const nextParsed = parseDecimal(nextText, { isWhole });
        const nextValue = valueOf(nextParsed);
        setText(nextText);
        setParsed(nextParsed);
        setSeenValue(nextValue);
        onChange(nextValue, nextParsed);
      }}
    />
  );
}
