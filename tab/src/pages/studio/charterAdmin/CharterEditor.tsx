import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterRelease, CharterVersion, CharterVersionList } from '@contract/charter';
import type { Locale } from '@contract/locale';
import { publishCharterVersion } from '../../../api/charterVersions';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorState } from '../../../ui/ErrorState';
import { Panel } from '../../../ui/Panel';
import { CharterMarkdown } from '../../charter/CharterMarkdown';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  language: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  columns: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
    alignItems: 'start',
  },
  preview: {
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  previewLabel: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
  },
  paragraph: { margin: 0 },
  focusTarget: { ':focus': { outlineStyle: 'none' } },
});

type Texts = Record<Locale, { title: string; body: string }>;

/** The next version in both languages, previewed as ambassadors will read it, then published (confirmed). */
export function CharterEditor({
  current,
  next,
}: {
  current: CharterVersion | undefined;
  next: CharterVersionList['next'];
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  // The new version starts from the current text: most changes are edits.
  const [texts, setTexts] = useState<Texts>({
    fr: { title: current?.title.fr ?? '', body: current?.body.fr ?? '' },
    en: { title: current?.title.en ?? '', body: current?.body.en ?? '' },
  });
  const [release, setRelease] = useState<CharterRelease>('minor');
  const [confirming, setConfirming] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<string>();
  const [error, setError] = useState<unknown>();
  const doneRef = useRef<HTMLDivElement>(null);
  const version = next[release];

  const edit = (language: Locale, change: Partial<Texts[Locale]>) =>
    setTexts((currentTexts) => ({ ...currentTexts, [language]: { ...currentTexts[language], ...change } }));

  async function publish() {
    setPublishing(true);
    setError(undefined);
    try {
      const result = await publishCharterVersion({
        release,
        title: { fr: texts.fr.title, en: texts.en.title },
        body: { fr: texts.fr.body, en: texts.en.body },
      });
      setPublished(result.version);
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch (caught) {
      setError(caught);
    } finally {
      setConfirming(false);
      setPublishing(false);
    }
  }

  return (
    <Panel title={t('charterAdmin.editor')}>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          setPublished(undefined);
          setConfirming(true);
        }}
      >
        <Field label={t('charterAdmin.release')}>
          <RadioGroup value={release} onChange={(_, data) => setRelease(data.value as CharterRelease)}>
            <Radio value="minor" label={t('charterAdmin.minor', { version: next.minor })} />
            <Radio value="major" label={t('charterAdmin.major', { version: next.major })} />
          </RadioGroup>
        </Field>
        {(['fr', 'en'] as const).map((language) => (
          <fieldset key={language} className={styles.language}>
            <legend className={styles.legend}>
              {t(language === 'fr' ? 'charterAdmin.inFrench' : 'charterAdmin.inEnglish')}
            </legend>
            <Field label={t('charterAdmin.titleField')} required>
              <Input
                lang={language}
                value={texts[language].title}
                maxLength={200}
                onChange={(_, data) => edit(language, { title: data.value })}
              />
            </Field>
            <div className={styles.columns}>
              <Field label={t('charterAdmin.bodyField')} hint={t('charterAdmin.bodyHint')} required>
                <Textarea
                  lang={language}
                  value={texts[language].body}
                  rows={14}
                  resize="vertical"
                  onChange={(_, data) => edit(language, { body: data.value })}
                />
              </Field>
              <section
                className={styles.preview}
                aria-label={`${t('charterAdmin.preview')} (${t(`languages.${language}`)})`}
              >
                <p className={styles.previewLabel} aria-hidden>
                  {t('charterAdmin.preview')}
                </p>
                {texts[language].body.trim() ? (
                  <CharterMarkdown markdown={texts[language].body} lang={language} />
                ) : (
                  <Text as="p" className={styles.paragraph}>
                    {t('charterAdmin.empty')}
                  </Text>
                )}
              </section>
            </div>
          </fieldset>
        ))}
        {error !== undefined && <ErrorState error={error} />}
        <div>
          <Button type="submit" appearance="primary">
            {t('charterAdmin.publish', { version })}
          </Button>
        </div>
      </form>
      <div ref={doneRef} tabIndex={-1} className={styles.focusTarget}>
        {published && (
          <MessageBar intent="success">
            <MessageBarBody>{t('charterAdmin.published', { version: published })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        busy={publishing}
        title={t('charterAdmin.publishTitle', { version })}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button disabled={publishing} onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={publishing}
              icon={publishing ? <Spinner size="tiny" /> : undefined}
              onClick={() => void publish()}
            >
              {t('charterAdmin.publishConfirm')}
            </Button>
          </>
        }
      >
        <Text as="p" className={styles.paragraph}>
          {release === 'major' ? t('charterAdmin.publishMajor', { version }) : t('charterAdmin.publishMinor')}
        </Text>
      </ConfirmDialog>
    </Panel>
  );
}
