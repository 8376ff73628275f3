import { makeStyles, tokens } from '@fluentui/react-components';

/** The layout shared by the studio editors: a column of fields, and rows that wrap on narrow screens. */
export const useEditorStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 220px), 1fr))',
  },
});
