import { z } from 'zod';
import { PID_SCHEMES, PidScheme } from '../aggregates/persistent-id/persistent-id';

/** The body of POST /v1/{assets|fixtures}/{id}/persistent-identifier. */
export const persistentIdRequestBody = z.strictObject({
  scheme: z
    .enum(PID_SCHEMES as [PidScheme, ...PidScheme[]])
    .describe('DOI (minted by DataCite when configured) or Handle'),
  suffix: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._;()/:-]*$/,
      'letters, digits and . _ ; ( ) / : - only, starting with a letter or digit',
    )
    .optional()
    .describe('The part after the prefix (<prefix>/<suffix>); a new UUID when omitted'),
});
