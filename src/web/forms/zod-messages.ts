import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;
type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Short, plain form messages for the usual zod issues, in the page language (zod's own
 * Vietnamese locale reads like a type error: "Quá nhỏ: mong đợi string có >=1 ký tự").
 * Returns `undefined` to fall back to zod's locale.
 */
export function formIssueMessage(issue: Issue, t: Translate): string | undefined {
  if (issue.code === 'too_small' && issue.origin === 'string') {
    const minimum = Number(issue.minimum);
    return minimum <= 1 ? t('validation.required') : t('validation.minLength', { count: minimum });
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return t('validation.maxLength', { count: Number(issue.maximum) });
  }
  if (issue.code === 'invalid_format') {
    const keyByFormat: Record<string, string> = {
      email: 'validation.email',
      uuid: 'validation.choose',
      date: 'validation.date',
    };
    const key = keyByFormat[issue.format];
    return key ? t(key) : undefined;
  }
  if (issue.code === 'invalid_union') {
    // "empty or an e-mail": say what is wrong with the non-empty branch.
    const formatIssue = issue.errors.flat().find((nested) => nested.code === 'invalid_format');
    return formatIssue ? formIssueMessage(formatIssue as Issue, t) : t('validation.choose');
  }
  if (issue.code === 'invalid_value') return t('validation.choose');
  return undefined;
}

/**
 * Messages written in the shared contracts as "Tiếng Việt / English" are shown in one language.
 */
export function pickLanguage(message: string, language: string): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  return (language === 'en' ? parts[1] : parts[0]) ?? message;
}
