import type { LibraryItemSummary } from '@contract/library';
import type { Locale } from '@contract/locale';
import { fill, formattingTag, messagesFor } from '../messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';
import { libraryItemElements } from './library-item-card';

/** The card bar names the product, in every language. */
const CARD_TITLE = 'Ambassade';

/** What the dashboard card shows a person: nothing but an invitation if the programme does not know them. */
export type DashboardView =
  | { known: false }
  | {
      known: true;
      /** Newest first. */
      itemsThisWeek: readonly LibraryItemSummary[];
      /** An ambassador's points; absent for anyone else. */
      points?: number;
    };

export interface DashboardLinks {
  library: string;
  charter: string;
  item(itemId: string): string;
}

/** The card's one button: to its quick view, or out to a page of the tab. */
export type DashboardButton = { title: string } & ({ opens: 'quickView' } | { opens: 'url'; url: string });

/** The card itself, as the dashboard lays it out: a heading, one line below it, and a button. */
export interface DashboardCardContent {
  title: string;
  heading: string;
  body: string;
  button: DashboardButton;
}

/**
 * This week's count (with an ambassador's points) over the newest item's title; the button opens the quick view
 * of the week's items. With nothing new, the button opens the library; for a stranger, the charter to join.
 */
export function buildDashboardCard(
  locale: Locale,
  view: DashboardView,
  links: DashboardLinks,
): DashboardCardContent {
  const m = messagesFor(locale);
  const base = { title: CARD_TITLE };
  if (!view.known) {
    return {
      ...base,
      heading: m.dashboardJoin,
      body: m.ambassadorsOnly,
      button: { title: m.joinFromTab, opens: 'url', url: links.charter },
    };
  }
  const [top] = view.itemsThisWeek;
  return {
    ...base,
    heading: summary(locale, view),
    body: top ? top.title[locale] : m.dashboardNothingNew,
    button: top
      ? { title: m.dashboardSeeAll, opens: 'quickView' }
      : { title: m.openLibrary, opens: 'url', url: links.library },
  };
}

/** The quick view: this week's items, each with a button to share it from its page in the tab. */
export function buildDashboardQuickView(
  locale: Locale,
  view: DashboardView,
  links: DashboardLinks,
): AdaptiveCard {
  const m = messagesFor(locale);
  if (!view.known) return adaptiveCard([title(m.dashboardJoin), paragraph(m.ambassadorsOnly)]);
  return adaptiveCard(
    [
      title(m.dashboardQuickViewTitle),
      paragraph(summary(locale, view)),
      ...(view.itemsThisWeek.length === 0
        ? [paragraph(m.dashboardNothingNew)]
        : view.itemsThisWeek.flatMap((item) =>
            libraryItemElements(locale, item, links.item(item.id), m.dashboardShare),
          )),
    ],
    [{ type: 'Action.OpenUrl', title: m.openLibrary, url: links.library }],
  );
}

function summary(locale: Locale, view: Extract<DashboardView, { known: true }>): string {
  const m = messagesFor(locale);
  const number = new Intl.NumberFormat(formattingTag(locale));
  const toShare = fill(m.dashboardToShare, { count: number.format(view.itemsThisWeek.length) });
  return view.points === undefined
    ? toShare
    : `${toShare} · ${fill(m.dashboardPoints, { points: number.format(view.points) })}`;
}
