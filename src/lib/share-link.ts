/**
 * An assessment shared as a link: the exported file, compressed with the browser's
 * CompressionStream and written in the URL fragment (after "#"), which browsers never send to a
 * server. Opening the link reads it back through the same checks as an imported file.
 */
import { MAX_IMPORT_BYTES, readImport, type ImportResult } from './transfer';

/** The fragment's key: "#share=1.<data>", 1 being the encoding's version. */
export const FRAGMENT_PREFIX = 'share=1.';
/** Links longer than this are not offered: many mail and chat tools cut or refuse them. */
export const MAX_LINK_CHARS = 8000;
/** A longer fragment is refused unread: no link the handbook offers comes near it. */
export const MAX_FRAGMENT_CHARS = 16000;
const FORMAT: CompressionFormat = 'deflate';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The fragment (without "#") that carries `fileText`, an exported file. */
export async function encodeShare(fileText: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(fileText)]).stream().pipeThrough(new CompressionStream(FORMAT));
  const bytes = await readAll(stream, Number.MAX_SAFE_INTEGER);
  return FRAGMENT_PREFIX + toBase64Url(bytes!);
}

/** Whether a fragment (with or without "#") is meant as a shared assessment. */
export function isShareFragment(fragment: string): boolean {
  return fragment.replace(/^#/, '').startsWith('share=');
}

export type ShareResult = ImportResult | { ok: false; message: string };

/**
 * Reads a fragment back into an import result. Never throws: a fragment that is too long, not
 * ours, not base64url, not compressed data, larger than an import may be once unpacked, or not a
 * valid file is refused with the reason, and nothing else happens.
 */
export async function decodeShare(fragment: string): Promise<ShareResult> {
  const raw = fragment.replace(/^#/, '');
  if (raw.length > MAX_FRAGMENT_CHARS) {
    return { ok: false, message: `This link is too long (${raw.length.toLocaleString('en-GB')} characters) to be one the handbook made. Nothing was saved.` };
  }
  if (!raw.startsWith(FRAGMENT_PREFIX)) {
    return { ok: false, message: 'This link was not made by this handbook, or by a newer version of it. Nothing was saved.' };
  }
  const data = raw.slice(FRAGMENT_PREFIX.length);
  if (data === '' || !/^[A-Za-z0-9_-]+$/.test(data)) {
    return { ok: false, message: 'This link is damaged: part of it is missing or was changed. Ask for the link again, or for the file. Nothing was saved.' };
  }
  let bytes: Uint8Array | null;
  try {
    const stream = new Blob([fromBase64Url(data)]).stream().pipeThrough(new DecompressionStream(FORMAT));
    bytes = await readAll(stream, MAX_IMPORT_BYTES);
  } catch {
    return { ok: false, message: 'This link is damaged: its data cannot be unpacked. Ask for the link again, or for the file. Nothing was saved.' };
  }
  if (bytes === null) {
    return { ok: false, message: 'This link unpacks to more than an assessment can hold (2 MB). Nothing was saved.' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'This link is damaged: its data is not text. Nothing was saved.' };
  }
  const result = readImport(text, bytes.byteLength);
  if (result.ok) return result;
  return {
    ok: false,
    message: /newer version/.test(result.message)
      ? 'This link was made by a newer version of this handbook. Reload the site to get the newest version, then open the link again. Nothing was saved.'
      : 'This link does not hold an assessment this handbook can read: its data is not in the handbook\'s format. Ask for the link again, or for the file. Nothing was saved.',
  };
}
