import {
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalHold } from '@contract/compliance';
import { liftLegalHold } from '../../../api/compliance';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { useSession } from '../../../session/sessionContext';
import { EmptyState } from '../../../ui/EmptyState';
import { Panel } from '../../../ui/Panel';
import { ConfirmAction } from '../ConfirmAction';
import { PlaceHoldForm } from './PlaceHoldForm';

const useStyles = makeStyles({
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  secondary: { '@media (max-width: 479px)': { display: 'none' } },
  paragraph: { margin: 0 },
});

/** The legal holds in force: what each keeps and why, placing a new one, and lifting one (confirmed). */
export function LegalHoldsPanel({
  holds,
  scopeLabel,
  onChange,
}: {
  holds: readonly LegalHold[];
  /** What a hold covers, in words (a person's or campaign's name, a period). */
  scopeLabel: (hold: LegalHold) => string;
  onChange: (holds: readonly LegalHold[]) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  const { me } = useSession();
  const locale = currentLocale();
  const [announcement, setAnnouncement] = useState('');

  async function lift(hold: LegalHold) {
    await liftLegalHold(hold.id);
    onChange(holds.filter((candidate) => candidate.id !== hold.id));
    setAnnouncement(t('retention.holds.lifted', { scope: scopeLabel(hold) }));
  }

  return (
    <Panel title={t('retention.holds.title')}>
      <Text as="p" className={styles.paragraph}>
        {t('retention.holds.intro')}
      </Text>
      {holds.length === 0 ? (
        <EmptyState message={t('retention.holds.empty')} />
      ) : (
        <Table aria-label={t('retention.holds.tableLabel')} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('retention.holds.columns.scope')}</TableHeaderCell>
              <TableHeaderCell>{t('retention.holds.columns.reason')}</TableHeaderCell>
              <TableHeaderCell className={styles.secondary}>
                {t('retention.holds.columns.placed')}
              </TableHeaderCell>
              <TableHeaderCell>{t('retention.holds.columns.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {holds.map((hold) => (
              <TableRow key={hold.id}>
                <TableCell>
                  <TableCellLayout truncate={false}>{scopeLabel(hold)}</TableCellLayout>
                </TableCell>
                <TableCell>
                  <TableCellLayout truncate={false}>{hold.reason}</TableCellLayout>
                </TableCell>
                <TableCell className={styles.secondary}>
                  <TableCellLayout truncate={false} description={hold.placedBy.name}>
                    {formatDate(hold.placedAt, locale, me.timeZone) ?? hold.placedAt}
                  </TableCellLayout>
                </TableCell>
                <TableCell>
                  <ConfirmAction
                    size="small"
                    label={t('retention.holds.lift')}
                    buttonLabel={t('retention.holds.liftLabel', { scope: scopeLabel(hold) })}
                    title={t('retention.holds.liftTitle')}
                    text={t('retention.holds.liftText', { scope: scopeLabel(hold), reason: hold.reason })}
                    confirmLabel={t('retention.holds.liftConfirm')}
                    action={() => lift(hold)}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <span role="status">{announcement}</span>
      <PlaceHoldForm
        onPlaced={(hold) => {
          onChange([...holds, hold]);
          setAnnouncement(t('retention.holds.placed', { scope: scopeLabel(hold) }));
        }}
      />
    </Panel>
  );
}
