import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureReceipt } from '@contract/me';
import { formatDate } from '../i18n/formatDate';
import { currentLocale } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';

const useStyles = makeStyles({
  root: { maxWidth: '720px', padding: tokens.spacingHorizontalL, ':focus': { outlineStyle: 'none' } },
  kept: { marginTop: tokens.spacingVerticalM },
  restart: { marginTop: tokens.spacingVerticalL },
});

/**
 * What is left once a person erased their data: the receipt, and nothing else. No header greeting them, no menu
 * whose pages would call the API and make a fresh profile: the person is signed out already.
 */
export function ErasedScreen({ erasure, timeZone }: { erasure: ErasureReceipt; timeZone: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  const date = formatDate(erasure.erasedAt, currentLocale(), timeZone) ?? erasure.erasedAt;

  useEffect(() => ref.current?.focus(), []);

  return (
    <main ref={ref} tabIndex={-1} className={styles.root}>
      <PageHeading title={t('erased.title')} />
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{t('erased.message', { date, reference: erasure.reference })}</MessageBarBody>
      </MessageBar>
      {erasure.kept && (
        <MessageBar intent="info" layout="multiline" className={styles.kept}>
          <MessageBarBody>
            <MessageBarTitle>{t('erased.keptTitle')}</MessageBarTitle>
            {erasure.kept.explanation}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.restart}>
        <Button appearance="primary" onClick={() => window.location.assign('/')}>
          {t('erased.restart')}
        </Button>
      </div>
    </main>
  );
}
