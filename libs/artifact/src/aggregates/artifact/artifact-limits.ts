/** The most an MCP deposit or fetch carries (base64 inside JSON-RPC): 16 MiB. Larger artifacts go over HTTP. */
export const MCP_MAX_ARTIFACT_BYTES = 16 * 1024 * 1024;
