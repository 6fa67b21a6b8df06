// Reading a ticket's QR code from the phone's camera: the browser's own BarcodeDetector where it
// has one (Chrome on Android), else jsQR on the video frames (loaded only then). Either way the
// typed code stays available: cameras fail, tickets get crumpled.

/** Reads the QR code in the current frame of a playing video, or null when there is none. */
export interface CodeReader {
  readonly kind: 'native' | 'jsqr';
  read(video: HTMLVideoElement): Promise<string | null>;
}

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
}

/** Frames are scaled down to this width before jsQR reads them (enough for a ticket held up close). */
const MAX_WIDTH = 640;

export async function createCodeReader(): Promise<CodeReader> {
  const Native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Native) {
    const formats = (await Native.getSupportedFormats?.().catch(() => null)) ?? null;
    if (!formats || formats.includes('qr_code')) {
      const detector = new Native({ formats: ['qr_code'] });
      return { kind: 'native', read: async (video) => (await detector.detect(video))[0]?.rawValue ?? null };
    }
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return {
    kind: 'jsqr',
    read: async (video) => {
      if (!context || !video.videoWidth) return null;
      const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
    },
  };
}

/** A ticket code as people type or cameras read it: capitals, no spaces or dashes. */
export const normaliseCode = (raw: string) => raw.toUpperCase().replace(/[\s-]+/g, '');

/** The back camera when there is one (a phone held towards the ticket). */
export function openCamera(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) return Promise.reject(new Error('no_camera_api'));
  return navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
}
