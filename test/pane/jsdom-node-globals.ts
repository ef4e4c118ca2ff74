/**
 * What jsdom leaves out and the standalone page's host needs (a browser has them): TextDecoder /
 * TextEncoder for the package reader, and a Blob with arrayBuffer() for the download. Imported
 * first by the jsdom suites that open real workbooks.
 */
import { Blob as NodeBlob } from "node:buffer";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

const g = globalThis as Record<string, unknown>;
g.TextDecoder ??= NodeTextDecoder;
g.TextEncoder ??= NodeTextEncoder;
if (typeof (g.Blob as { prototype?: { arrayBuffer?: unknown } } | undefined)?.prototype?.arrayBuffer !== "function") g.Blob = NodeBlob;
