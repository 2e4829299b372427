/**
 * The decoding worker: a 6000×8000 scan takes seconds to decode and shrink, which must not
 * freeze the window. It answers with a fully decoded ImageBitmap, moved (not copied) back.
 */
import { decodeImage, type DecodeAnswer, type DecodeRequest } from './decode-bitmap';

const scope = self as unknown as { onmessage: ((event: MessageEvent<DecodeRequest>) => void) | null; postMessage(message: DecodeAnswer, transfer?: Transferable[]): void };

scope.onmessage = (event) => {
  void decodeImage(event.data).then(
    (bitmap) => scope.postMessage({ ok: true, bitmap }, [bitmap]),
    (error: unknown) => scope.postMessage({ ok: false, reason: reasonOf(error) }),
  );
};

function reasonOf(error: unknown): string {
  // UTIF throws strings as well as Errors.
  return error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error';
}
