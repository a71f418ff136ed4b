/** The one camera preview of the visit: the frame grabber reads it, pages move it where they show it. */
let video: HTMLVideoElement | null = null;

export function preview(stream?: MediaStream): HTMLVideoElement {
  if (!video) {
    video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.className = 'preview';
    video.setAttribute('aria-label', 'Your camera');
  }
  if (stream && video.srcObject !== stream) video.srcObject = stream;
  queueMicrotask(() => void video?.play().catch(() => undefined));
  return video;
}
