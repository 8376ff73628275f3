import { TableCell, TableCellLayout, TableRow, Text, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalHold } from '@contract/compliance';
import { liftLegalHold } from '../../../api/compliance';
import { formatDate } from '../../../i18n/formatDate';
import { currentLocale } from '../../../i18n/i18n';
import { useSession } from '../../../session/sessionContext';
import { EmptyState } from '../../../ui/EmptyState';
import { ListTable } from '../../../ui/ListTable';
import { Panel } from '../../../ui/Panel';
import { ConfirmAction } from '../ConfirmAction';
import { PlaceHoldForm } from './PlaceHoldForm';

const useStyles = makeStyles({
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
        <ListTable
          label={t('retention.holds.tableLabel')}
          columns={[
            t('retention.holds.columns.scope'),
            t('retention.holds.columns.reason'),
            t('retention.holds.columns.placed'),
            t('retention.holds.columns.actions'),
          ]}
        >
          {holds.map((hold) => (
            <TableRow key={hold.id}>
              <TableCell>
                <TableCellLayout truncate={false}>{scopeLabel(hold)}</TableCellLayout>
              </TableCell>
              <TableCell>
                <TableCellLayout truncate={false}>{hold.reason}</TableCellLayout>
              </TableCell>
              <TableCell>
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
        </ListTable>
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
