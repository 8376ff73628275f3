import { maxMediaBytes, mediaSchema, mediaTypes, mediaUrl } from '@contract/media';
import type { Media } from '@contract/media';
import { checkDeclaredMedia, checkMediaContent, SNIFF_BYTES, tooLarge } from '../../domain/media-type';
import type { MediaRefusal } from '../../domain/media-type';
import { readUpload, UploadTooLarge } from '../../media/read-upload';
import type { MediaRef } from '../../domain/documents';
import { mediaTypeOf, newMediaId } from '../../media/media-store';
import type { MediaStore } from '../../media/media-store';
import { ApiError } from '../api-error';
import type { FieldError } from '../api-error';
import { handler, Reply } from '../api-route';
import type { Upload } from '../api-route';
import { requireAmbassador } from '../../sharing/share-rules';

/**
 * POST /api/v1/media: a photo or short video, sent as the request body with its type. Managers upload for
 * library content, ambassadors for their proposals; anyone else is led to joining first.
 */
export const uploadMedia = handler<Upload, undefined, undefined, Media>({
  upload: { maxBytes: maxMediaBytes.video },
  answer: mediaSchema,
  async handle({ principal, services, body, currentPerson }) {
    const manages = principal.roles.some(
      (role) => role === 'Programme.Manager' || role === 'Programme.Admin',
    );
    if (!manages) requireAmbassador(await currentPerson());
    // Decided on what was declared, then on the first bytes, before anything is stored.
    const declared = checkDeclaredMedia(body.contentType, body.declaredBytes);
    if (!declared.ok) throw refused(declared);
    const upload = await readUpload(body.body, SNIFF_BYTES);
    const checked = checkMediaContent(declared.type, upload.head);
    if (!checked.ok) throw refused(checked);
    const id = newMediaId(checked.type);
    try {
      await services.media.save(id, checked.type, upload.content(checked.limit));
    } catch (error) {
      if (error instanceof UploadTooLarge) throw refused(tooLarge(checked.kind));
      throw error;
    }
    const media: Media = {
      id,
      url: mediaUrl(id),
      kind: checked.kind,
      contentType: checked.type,
      size: upload.size,
    };
    return new Reply(media, { status: 201 });
  },
});

function refused(check: MediaRefusal): ApiError {
  const { code, params, detail } = check.reason;
  return new ApiError(check.status, code, detail, {
    ...(params ? { params } : {}),
    errors: [{ field: 'body', code, ...(params ? { params } : {}), message: detail }],
  });
}

/** Refuses references to media that were never uploaded, each named by its field. */
export async function checkMediaExist(
  store: MediaStore,
  references: readonly { id: string; field: string }[],
): Promise<void> {
  const found = await Promise.all(references.map(({ id }) => store.exists(id)));
  const errors: FieldError[] = references.flatMap(({ field }, index) =>
    found[index] ? [] : [{ field, code: 'field.noSuchMedium' as const, message: 'no such uploaded medium' }],
  );
  if (errors.length > 0)
    throw new ApiError(400, 'media.missing', 'Upload the photos and videos again: some are missing.', {
      errors,
    });
}

/** The media an item refers to, each checked to exist; unknown ids are named by their field. */
export async function resolveMedia(
  store: MediaStore,
  ids: readonly string[],
  field: string,
): Promise<MediaRef[]> {
  await checkMediaExist(
    store,
    ids.map((id, index) => ({ id, field: `${field}.${index}` })),
  );
  return [...new Set(ids)].flatMap((id) => {
    const contentType = mediaTypeOf(id);
    return contentType ? [{ id, contentType, kind: mediaTypes[contentType].kind }] : [];
  });
}
