import { z } from 'zod';

/** A UTF-16 surrogate without its pair: PostgreSQL refuses it in text and jsonb, as it refuses NUL. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A trimmed, non-empty free text of at most `max` characters that PostgreSQL can store. */
export function textInput(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(
      (value) => !value.includes('\0') && !LONE_SURROGATE.test(value),
      'must not contain NUL or unpaired surrogate characters',
    );
}
