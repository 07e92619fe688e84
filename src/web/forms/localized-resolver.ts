import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { i18next } from '../i18n/i18n';
import { pickLanguage } from './zod-messages';

function localizeErrors(errors: Record<string, unknown>, language: string): void {
  for (const [key, value] of Object.entries(errors)) {
    // `ref` points at the DOM element: never walk into it.
    if (key === 'ref' || !value || typeof value !== 'object') continue;
    const error = value as { message?: unknown };
    if (typeof error.message === 'string') error.message = pickLanguage(error.message, language);
    localizeErrors(value as Record<string, unknown>, language);
  }
}

/**
 * `zodResolver` for a shared contract schema, with field messages in the page language (the
 * contracts' bilingual "vi / en" messages are split; the rest come from the zod error map).
 */
export function localizedResolver<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  const resolve = zodResolver(schema as never) as unknown as Resolver<Input, unknown, Output>;
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    localizeErrors(result.errors, i18next.language);
    return result;
  };
}
