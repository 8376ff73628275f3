import { makeStyles, tokens } from '@fluentui/react-components';

/** A `<dl>` of facts: terms in a narrow column, values beside them, long values wrapping. */
export const useFactListStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  definition: { margin: 0, overflowWrap: 'anywhere' },
});
