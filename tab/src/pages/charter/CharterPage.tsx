import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Charter } from '@contract/charter';
import type { Locale } from '@contract/locale';
import { acceptCharter, charterQuery } from '../../api/charter';
import { joinProgramme } from '../../api/enrolment';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDate } from '../../i18n/formatDate';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { useSession } from '../../session/sessionContext';
import { AsyncPage } from '../../ui/AsyncPage';
import { ErrorState } from '../../ui/ErrorState';
import { PageHeading } from '../../ui/PageHeading';
import { Panel } from '../../ui/Panel';
import { RouterLink } from '../../ui/RouterLink';
import { EnrolmentForm } from '../enrolment/EnrolmentForm';
import { initialFormValues, toJoinRequest } from '../enrolment/enrolmentFormModel';
import { CharterMarkdown } from './CharterMarkdown';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toForm: { marginTop: tokens.spacingVerticalS, maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start' },
  charter: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  focusTarget: { ':focus': { outlineStyle: 'none' } },
});

/** The social media charter in the person's language, and joining the programme by accepting it. */
export function CharterPage() {
  const { t } = useTranslation();
  const charter = useApiQuery(charterQuery());

  return (
    <AsyncPage errorTitle={t('nav.charter')} state={charter} loadingLabel={t('charter.loading')}>
      {(value) => <CharterView charter={value} />}
    </AsyncPage>
  );
}

type Done = { kind: 'joined' } | { kind: 'accepted'; version: string };

function CharterView({ charter }: { charter: Charter }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me, refreshMe } = useSession();
  const locale = currentLocale();
  const [done, setDone] = useState<Done>();
  const doneRef = useRef<HTMLDivElement>(null);
  const joinRef = useRef<HTMLDivElement>(null);
  const published = formatDate(charter.publishedAt, locale, me.timeZone);
  const isAmbassador = me.enrolment.status === 'ambassador';
  const title = localized(charter.title, locale) || t('nav.charter');
  // The charter may exist in one language only: the acceptance records the language actually read.
  const bodyLanguage: Locale = charter.body[locale].trim() ? locale : locale === 'fr' ? 'en' : 'fr';

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function join(values: Parameters<typeof toJoinRequest>[0]) {
    await joinProgramme(toJoinRequest(values, { version: charter.version, language: bodyLanguage }));
    setDone({ kind: 'joined' });
    // The rest of the tab (menu, home, library) learns the person is now an ambassador.
    await refreshMe().catch(() => undefined);
  }

  return (
    <div className={styles.stack}>
      <div>
        <PageHeading
          title={title}
          intro={
            published
              ? t('charter.version', { version: charter.version, date: published })
              : t('charter.versionUndated', { version: charter.version })
          }
        />
        {!isAmbassador && !done && (
          <Button
            className={styles.toForm}
            appearance="primary"
            icon={<ArrowDownRegular />}
            onClick={() => {
              // The charter is long: the form to join is one click away, and takes the focus there.
              joinRef.current?.scrollIntoView({ block: 'start' });
              joinRef.current
                ?.querySelector<HTMLElement>('input, select, textarea')
                ?.focus({ preventScroll: true });
            }}
          >
            {t('charter.join.toForm')}
          </Button>
        )}
        {charter.acceptance.minorUpdate && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('charter.minorUpdate')}</MessageBarTitle>
              {t('charter.minorUpdateHint')}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      <article className={styles.charter} aria-label={title}>
        <CharterMarkdown markdown={charter.body[bodyLanguage]} lang={bodyLanguage} />
      </article>

      <div ref={doneRef} tabIndex={-1} className={styles.focusTarget}>
        {done?.kind === 'joined' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('charter.joined.title')}</MessageBarTitle>
              {t('charter.joined.message')}{' '}
              <RouterLink to="/library">{t('charter.joined.library')}</RouterLink>
            </MessageBarBody>
          </MessageBar>
        )}
        {done?.kind === 'accepted' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t('charter.acceptedNow', { version: done.version })}{' '}
              <RouterLink to="/library">{t('charter.joined.library')}</RouterLink>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      {!isAmbassador && !done && (
        <div ref={joinRef}>
          <Panel title={t('charter.join.title')}>
            <Text as="p">{t('charter.join.intro')}</Text>
            <EnrolmentForm
              mode="join"
              initial={initialFormValues(undefined, {
                timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || me.timeZone,
                language: locale,
              })}
              charterVersion={charter.version}
              submitLabel={t('charter.join.submit')}
              onSubmit={join}
            />
          </Panel>
        </div>
      )}

      {isAmbassador && charter.acceptance.required && !done && (
        <AcceptNewVersion
          charter={charter}
          locale={bodyLanguage}
          onAccepted={() => setDone({ kind: 'accepted', version: charter.version })}
        />
      )}

      {isAmbassador && !charter.acceptance.required && !done && charter.acceptance.acceptedVersion && (
        <Text as="p">{t('charter.accepted', { version: charter.acceptance.acceptedVersion })}</Text>
      )}
    </div>
  );
}

function AcceptNewVersion({
  charter,
  locale,
  onAccepted,
}: {
  charter: Charter;
  locale: Locale;
  onAccepted: () => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { refreshMe } = useSession();
  const [accepting, setAccepting] = useState(false);
  const [error, setError] = useState<unknown>();

  async function accept() {
    setAccepting(true);
    setError(undefined);
    try {
      await acceptCharter({ version: charter.version, language: locale });
      onAccepted();
      await refreshMe().catch(() => undefined);
    } catch (caught) {
      setError(caught);
    } finally {
      setAccepting(false);
    }
  }

  return (
    <Panel title={t('charter.acceptRequired.title')}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t('charter.acceptRequired.message', { version: charter.version })}</MessageBarBody>
      </MessageBar>
      {error !== undefined && <ErrorState error={error} onRetry={() => void accept()} />}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          size="large"
          disabledFocusable={accepting}
          icon={accepting ? <Spinner size="tiny" /> : undefined}
          onClick={() => void accept()}
        >
          {t('charter.acceptRequired.button', { version: charter.version })}
        </Button>
        {accepting && <span role="status">{t('charter.acceptRequired.accepting')}</span>}
      </div>
    </Panel>
  );
}
