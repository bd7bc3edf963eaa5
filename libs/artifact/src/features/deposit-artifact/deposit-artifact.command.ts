import { z } from 'zod';
import { depositReceiptView } from '../../views/artifact.views';

/** What a deposit answers, over REST (multipart) and MCP alike. */
export const depositArtifactOutput = depositReceiptView;

/** The MCP form of a deposit: the bytes inline, base64 (REST streams them as multipart instead). */
export const depositArtifactInput = z.strictObject({
  content: z.base64().describe('The artifact’s bytes, base64 (standard alphabet, padded); at most 16 MiB decoded'),
  contentType: z
    .string()
    .min(1)
    .max(255)
    .describe(
      'Its media type, e.g. text/csv (parameters such as charset are dropped; a malformed one is kept as application/octet-stream)',
    ),
});
export type DepositArtifactInput = z.output<typeof depositArtifactInput>;
