import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMediaType, maxMediaBytes, mediaTypes } from '@contract/media';
import type { Media } from '@contract/media';
import { uploadMedia } from '../../api/media';
import { ErrorState } from '../../ui/ErrorState';
import { FieldGroup } from '../../ui/FieldGroup';
import { FilePicker } from '../../ui/FilePicker';

const ACCEPT = Object.keys(mediaTypes).join(',');

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  medium: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
  },
  thumbnail: { width: '96px', height: '96px', objectFit: 'cover', borderRadius: tokens.borderRadiusMedium },
  video: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '96px',
    height: '96px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

interface MediaUploadProps {
  media: readonly Media[];
  onChange: (media: Media[]) => void;
  max: number;
}

/** Photos and short videos: checked for type and size here, then again by the API; progress shown. */
export function MediaUpload({ media, onChange, max }: MediaUploadProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [progress, setProgress] = useState<{ name: string; fraction: number }>();
  const [error, setError] = useState<unknown>();
  const [refusal, setRefusal] = useState<string>();

  async function choose(file: File) {
    setError(undefined);
    setRefusal(undefined);
    // Some browsers call JPEG "image/jpg"; the API accepts both.
    const type = file.type === 'image/jpg' ? 'image/jpeg' : file.type;
    if (!isMediaType(type)) {
      setRefusal(t('contentStudio.editor.mediaType'));
      return;
    }
    const { kind } = mediaTypes[type];
    if (file.size > maxMediaBytes[kind]) {
      setRefusal(
        t(kind === 'image' ? 'contentStudio.editor.imageTooBig' : 'contentStudio.editor.videoTooBig'),
      );
      return;
    }
    setProgress({ name: file.name, fraction: 0 });
    try {
      const uploaded = await uploadMedia(file, (fraction) => setProgress({ name: file.name, fraction }));
      onChange([...media, uploaded]);
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <FieldGroup
      legend={t('contentStudio.editor.media')}
      hint={t('contentStudio.editor.mediaHint')}
      error={refusal}
    >
      {media.length > 0 && (
        <ul className={styles.list}>
          {media.map((medium, index) => {
            const name =
              medium.kind === 'image'
                ? t('contentStudio.editor.photo', { index: index + 1 })
                : t('contentStudio.editor.video', { index: index + 1 });
            return (
              <li key={medium.id} className={styles.medium}>
                {medium.kind === 'image' ? (
                  <img src={medium.url} alt={name} className={styles.thumbnail} />
                ) : (
                  <span className={styles.video}>{name}</span>
                )}
                <Button
                  size="small"
                  icon={<DismissRegular />}
                  onClick={() => onChange(media.filter((candidate) => candidate.id !== medium.id))}
                >
                  {t('contentStudio.editor.removeMedia', { name })}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {media.length < max && (
        <FilePicker
          label={t('contentStudio.editor.addMedia')}
          accept={ACCEPT}
          disabled={progress !== undefined}
          onChoose={(file) => void choose(file)}
        />
      )}
      {progress && (
        <Field label={t('contentStudio.editor.uploading', { name: progress.name })}>
          <ProgressBar value={progress.fraction} />
        </Field>
      )}
      {error !== undefined && <ErrorState error={error} title={t('contentStudio.editor.uploadFailed')} />}
    </FieldGroup>
  );
}
