import type {
  CardViewResponse,
  ExternalLinkCardAction,
  GetPropertyPaneConfigurationResponse,
  QuickViewCardAction,
  QuickViewResponse,
} from 'botbuilder';
import { FieldType } from 'botbuilder';
import type { Locale } from '@contract/locale';
import type { AdaptiveCard } from '../../chat/cards/adaptive-card';
import type { DashboardButton, DashboardCardContent } from '../../chat/cards/dashboard-card';
import { messagesFor } from '../../chat/messages';

/** The card's id in the app manifest (`dashboardCards[0].id`). */
export const DASHBOARD_CARD_ID = 'a85cf3b3-985a-45dc-8faf-81c6ac4f8c20';
/** Its Fluent UI icon, as in the manifest. */
const DASHBOARD_CARD_ICON = 'Megaphone';
const CARD_VIEW_ID = 'thisWeek';
export const QUICK_VIEW_ID = 'thisWeekItems';

/**
 * The quick view as it goes on the wire: botbuilder types its template as an instance of the old `adaptivecards`
 * renderer's class, but Viva Connections reads the card's JSON.
 */
export type DashboardQuickViewResponse = Omit<QuickViewResponse, 'template'> & { template: AdaptiveCard };

/** A primary-text card view: the card bar, the heading, the line below it, one button; a tap opens the quick view. */
export function dashboardCardView(locale: Locale, content: DashboardCardContent): CardViewResponse {
  const m = messagesFor(locale);
  return {
    aceData: {
      id: DASHBOARD_CARD_ID,
      title: content.title,
      description: m.dashboardCardDescription,
      iconProperty: DASHBOARD_CARD_ICON,
      cardSize: 'Medium',
      dataVersion: '1.0',
      properties: {},
    },
    viewId: CARD_VIEW_ID,
    cardViewParameters: {
      cardViewType: 'text',
      cardBar: [{ componentName: 'cardBar', title: content.title }],
      header: [{ componentName: 'text', text: content.heading }],
      body: [{ componentName: 'text', text: content.body }],
      footer: [
        { componentName: 'cardButton', title: content.button.title, action: cardAction(content.button) },
      ],
    },
    onCardSelection: cardAction(content.button),
  };
}

/**
 * The quick view: the whole card built for this person, so its template needs no data. Its "open" link goes to
 * the library, as a Teams deep link when the service has a Teams app id.
 */
export function dashboardQuickView(
  locale: Locale,
  card: AdaptiveCard,
  libraryUrl: string,
): DashboardQuickViewResponse {
  return {
    viewId: QUICK_VIEW_ID,
    title: messagesFor(locale).dashboardQuickViewTitle,
    template: card,
    data: {},
    externalLink: { target: libraryUrl, isTeamsDeepLink: isTeamsDeepLink(libraryUrl) },
    focusParameters: {},
  };
}

/** The card has nothing to set: each person sees their own. The pane says so. */
export function dashboardPropertyPane(locale: Locale): GetPropertyPaneConfigurationResponse {
  return {
    pages: [
      {
        groups: [
          {
            groupFields: [
              {
                type: FieldType.Label,
                targetProperty: 'about',
                properties: { text: messagesFor(locale).dashboardPropertyPane },
              },
            ],
          },
        ],
      },
    ],
    currentPage: 0,
    loadingIndicatorDelayTime: 0,
    showLoadingIndicator: false,
  };
}

function cardAction(button: DashboardButton): QuickViewCardAction | ExternalLinkCardAction {
  return button.opens === 'quickView'
    ? { type: 'QuickView', parameters: { view: QUICK_VIEW_ID } }
    : {
        type: 'ExternalLink',
        parameters: { target: button.url, isTeamsDeepLink: isTeamsDeepLink(button.url) },
      };
}

function isTeamsDeepLink(url: string): boolean {
  return url.startsWith('https://teams.microsoft.com/l/');
}
