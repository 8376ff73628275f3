import type { Media } from '@contract/media';
import { getAccessToken } from '../auth/session';
import { currentLocale } from '../i18n/i18n';
import { ApiProblem } from './ApiProblem';
import { problemFromResponse } from './problemFromResponse';

/**
 * Uploads a photo or video as the request body, reporting progress (a fraction from 0 to 1): fetch cannot
 * report upload progress, XMLHttpRequest can.
 */
export async function uploadMedia(file: File, onProgress: (fraction: number) => void): Promise<Media> {
  const token = await getAccessToken();
  const request = new XMLHttpRequest();
  const done = new Promise<Media>((resolve, reject) => {
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiProblem('network', 0));
    request.onload = () => {
      const payload = parse(request.responseText);
      if (request.status < 200 || request.status >= 300) {
        reject(problemFromResponse(request.status, request.getResponseHeader('Content-Type'), payload));
        return;
      }
      // As every answer of the API: typed by the contract, checked by the service (see apiRequest).
      resolve(payload as Media);
    };
  });
  request.open('POST', '/api/v1/media');
  request.setRequestHeader('Authorization', `Bearer ${token}`);
  request.setRequestHeader('Accept-Language', currentLocale());
  request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
  request.send(file);
  return done;
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}
