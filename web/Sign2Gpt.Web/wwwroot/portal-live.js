// Live translation from the camera. MediaRecorder cuts the camera's WebM into chunks; they go to the portal's live
// endpoints one at a time and in order, because a session reads them as consecutive byte ranges of one stream. The
// page's component hears of every step through the callbacks named below and renders them; the session's partial
// and final translations reach it on the server, not through this script.

// Waits between sendings of a chunk the platform did not take in time (503) or that the network lost. Resending is
// safe: the recording and the session both ignore a chunk they already have.
const retryDelaysMs = [500, 1000, 2000, 4000, 8000, 8000];

const videoBitsPerSecond = 1_000_000;

const mimeTypes = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'];

/**
 * @param {HTMLVideoElement} preview where the camera shows, muted
 * @param component the page's DotNetObjectReference: OnSessionStarted, OnProgress, OnEnded, OnFailed, OnCameraLost
 * @param settings endpoint, tokenHeader, token, chunkMilliseconds, maxChunkBytes
 */
export function createLiveTranslator(preview, component, settings) {
  return new LiveTranslator(preview, component, settings);
}

class LiveTranslator {
  constructor(preview, component, settings) {
    this.preview = preview;
    this.component = component;
    this.settings = settings;
    this.stream = null;
    this.run = null;
  }

  /** Turns the camera on; returns null, or why it cannot: unsupported, insecure, denied, no-camera, busy, failed. */
  async startCamera() {
    if (!window.isSecureContext) {
      return 'insecure';
    }
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined' || !pickMimeType()) {
      return 'unsupported';
    }
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 25, max: 30 } },
      });
    } catch (error) {
      return cameraProblem(error);
    }
    const [track] = this.stream.getVideoTracks();
    track.addEventListener('ended', () => {
      this.run?.stop();
      this.releaseCamera();
      this.notify('OnCameraLost');
    });
    this.preview.srcObject = this.stream;
    return null;
  }

  stopCamera() {
    this.run?.stop();
    this.releaseCamera();
  }

  /** Starts recording; the session itself starts with the first chunk, so that every session has one to end after. */
  start(language) {
    if (!this.stream || this.run?.active) {
      return false;
    }
    const [track] = this.stream.getVideoTracks();
    const reported = track.getSettings().frameRate;
    const fps = reported > 0 && reported <= 120 ? reported : 25;
    this.run = new LiveRun(this.stream, language, fps, this.settings, (method, ...args) => this.notify(method, ...args));
    this.run.start();
    return true;
  }

  /** Stops recording; the chunks still queued are sent, then the session is ended after the last of them. */
  stop() {
    this.run?.stop();
  }

  /** The page goes away: the camera turns off, and a recording in progress is sent and ended as if stopped. */
  dispose() {
    this.component = null;
    this.stopCamera();
  }

  releaseCamera() {
    for (const track of this.stream?.getTracks() ?? []) {
      track.stop();
    }
    this.stream = null;
    this.preview.srcObject = null;
  }

  notify(method, ...args) {
    // The page may be gone (navigated away, circuit closed) while the last chunks are still being sent.
    this.component?.invokeMethodAsync(method, ...args).catch(() => {});
  }
}

/** One recording: its session, its chunks in order, and the single loop that sends them. */
class LiveRun {
  constructor(stream, language, fps, settings, notify) {
    this.stream = stream;
    this.language = language;
    this.fps = fps;
    this.settings = settings;
    this.notify = notify;
    this.queue = [];
    this.sessionId = null;
    this.sequence = 0;
    this.sentBytes = 0;
    this.recordedMs = 0;
    this.recorderDone = false;
    this.sending = false;
    this.finished = false;
  }

  get active() {
    return !this.finished;
  }

  start() {
    this.recorder = new MediaRecorder(this.stream, { mimeType: pickMimeType(), videoBitsPerSecond });
    this.recorder.addEventListener('dataavailable', event => this.enqueue(event.data));
    this.recorder.addEventListener('stop', () => {
      this.recorderDone = true;
      this.pump();
    });
    this.recorder.addEventListener('error', event => this.fail('recorder_failed', `The browser stopped recording: ${event.error?.message ?? 'unknown error'}.`));
    this.startedAt = performance.now();
    this.recorder.start(this.settings.chunkMilliseconds);
  }

  stop() {
    if (this.recorder?.state === 'recording') {
      this.recorder.stop();
    }
  }

  enqueue(blob) {
    if (this.finished || blob.size === 0) {
      return;
    }
    // A chunk is a byte range of the stream, so a blob over the chunk limit can simply be cut in pieces.
    for (let offset = 0; offset < blob.size; offset += this.settings.maxChunkBytes) {
      this.queue.push(blob.slice(offset, offset + this.settings.maxChunkBytes));
    }
    this.recordedMs = performance.now() - this.startedAt;
    this.progress();
    this.pump();
  }

  async pump() {
    if (this.sending || this.finished) {
      return;
    }
    this.sending = true;
    try {
      while (this.queue.length > 0) {
        if (this.sessionId === null) {
          const session = await this.request('POST', '', JSON.stringify({ language: this.language, fps: this.fps }), 'application/json');
          this.sessionId = session.session_id;
          this.notify('OnSessionStarted', this.sessionId);
        }
        const chunk = this.queue[0];
        await this.request('PUT', `/${this.sessionId}/chunks/${this.sequence}`, chunk, 'application/octet-stream');
        this.queue.shift();
        this.sequence += 1;
        this.sentBytes += chunk.size;
        this.progress();
      }
      if (this.recorderDone) {
        this.finished = true;
        if (this.sessionId !== null) {
          await this.request('POST', `/${this.sessionId}/end`, JSON.stringify({ last_sequence: this.sequence - 1 }), 'application/json');
        }
        this.notify('OnEnded', this.sessionId !== null);
      }
    } catch (error) {
      this.fail(error.code ?? 'network', error.message);
    } finally {
      this.sending = false;
    }
  }

  progress() {
    this.notify('OnProgress', {
      recordedSeconds: this.recordedMs / 1000,
      sentChunks: this.sequence,
      sentBytes: this.sentBytes,
      queuedChunks: this.queue.length,
    });
  }

  fail(code, message) {
    if (this.finished) {
      return;
    }
    this.finished = true;
    this.queue = [];
    this.stop();
    this.notify('OnFailed', code, message);
  }

  /** One request, resent while the platform or the network is briefly away; a refusal throws its code and message. */
  async request(method, path, body, contentType) {
    for (let attempt = 0; ; attempt++) {
      let response;
      try {
        response = await fetch(this.settings.endpoint + path, {
          method,
          body,
          credentials: 'same-origin',
          headers: { 'Content-Type': contentType, [this.settings.tokenHeader]: this.settings.token },
        });
      } catch {
        response = null;
      }
      if (response?.ok) {
        return await response.json();
      }
      if ((response === null || response.status === 503) && attempt < retryDelaysMs.length) {
        await new Promise(resolve => setTimeout(resolve, retryDelaysMs[attempt]));
        continue;
      }
      throw await refusal(response);
    }
  }
}

async function refusal(response) {
  if (response === null) {
    return { code: 'network', message: 'The connection to the portal was lost.' };
  }
  if (response.status === 401) {
    return { code: 'signed_out', message: 'Your sign-in has expired; sign in again.' };
  }
  try {
    const body = await response.json();
    return { code: body.error.code, message: body.error.message };
  } catch {
    return { code: `http_${response.status}`, message: `The portal answered ${response.status}.` };
  }
}

function pickMimeType() {
  return mimeTypes.find(type => MediaRecorder.isTypeSupported(type)) ?? null;
}

function cameraProblem(error) {
  switch (error?.name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    case 'NotReadableError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}
