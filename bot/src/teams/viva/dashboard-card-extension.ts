import { ActivityTypes } from 'botbuilder';
import type { CardViewHandleActionResponse, TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { Locale } from '@contract/locale';
import type { BotDependencies } from '../../chat/bot-dependencies';
import { buildDashboardCard, buildDashboardQuickView } from '../../chat/cards/dashboard-card';
import type { DashboardLinks, DashboardView } from '../../chat/cards/dashboard-card';
import { itemPage } from '../../chat/tab-deep-link';
import { myPointsAndBadges } from '../../challenges/my-points';
import { shareableThisWeek } from '../../library/this-week';
import { findSender } from '../bot-person';
import { turnLocale } from '../turn-locale';
import { dashboardCardView, dashboardPropertyPane, dashboardQuickView } from './card-extension-views';

/** The invokes Viva Connections sends a bot-powered dashboard card (Adaptive Card Extension). */
const CARD_EXTENSION_INVOKES = {
  getCardView: 'cardExtension/getCardView',
  getQuickView: 'cardExtension/getQuickView',
  handleAction: 'cardExtension/handleAction',
  getPropertyPaneConfiguration: 'cardExtension/getPropertyPaneConfiguration',
  setPropertyPaneConfiguration: 'cardExtension/setPropertyPaneConfiguration',
} as const;

/**
 * The Viva Connections dashboard card, as the person looking at it sees it: what is new for them to share this
 * week (by the library's own rule) and, for an ambassador, their points; its quick view lists the week's items,
 * each with a button to share it from the tab. teams-ai has no routes for these invokes, so each is answered here.
 */
export function registerDashboardCard(app: Application, deps: BotDependencies): void {
  // Built in each turn, as every answer of the bot is: a failure is then that turn's, answered and logged.
  const linksOf = (): DashboardLinks => ({
    library: deps.tabDeepLink('library'),
    charter: deps.tabDeepLink('charter'),
    item: (itemId) => deps.tabDeepLink(itemPage(itemId)),
  });
  // The card's buttons open the quick view or a page of the tab; an action it does not know refreshes the card,
  // as does saving its (empty) property pane.
  const refreshedCard = async (context: TurnContext): Promise<CardViewHandleActionResponse> => {
    const { locale, view } = await dashboardViewFor(context, deps);
    return {
      responseType: 'Card',
      renderArguments: dashboardCardView(locale, buildDashboardCard(locale, view, linksOf())),
    };
  };
  const answers = new Map<string, (context: TurnContext) => Promise<unknown>>([
    [CARD_EXTENSION_INVOKES.getCardView, async (context) => (await refreshedCard(context)).renderArguments],
    [
      CARD_EXTENSION_INVOKES.getQuickView,
      async (context) => {
        const { locale, view } = await dashboardViewFor(context, deps);
        const links = linksOf();
        return dashboardQuickView(locale, buildDashboardQuickView(locale, view, links), links.library);
      },
    ],
    [CARD_EXTENSION_INVOKES.handleAction, refreshedCard],
    [
      CARD_EXTENSION_INVOKES.getPropertyPaneConfiguration,
      async (context) => dashboardPropertyPane(turnLocale(context.activity)),
    ],
    [CARD_EXTENSION_INVOKES.setPropertyPaneConfiguration, refreshedCard],
  ]);
  const answerTo = ({ activity }: TurnContext) =>
    activity.type === ActivityTypes.Invoke && activity.name !== undefined
      ? answers.get(activity.name)
      : undefined;
  app.addRoute(
    async (context) => answerTo(context) !== undefined,
    async (context) => {
      const answer = answerTo(context);
      if (!answer) return;
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: { status: 200, body: await answer(context) },
      });
    },
    true,
  );
}

async function dashboardViewFor(
  context: TurnContext,
  deps: BotDependencies,
): Promise<{ locale: Locale; view: DashboardView }> {
  const person = await findSender(deps.repositories.people, context.activity);
  const locale = turnLocale(context.activity, person);
  if (!person) return { locale, view: { known: false } };
  const [itemsThisWeek, points] = await Promise.all([
    shareableThisWeek(deps.repositories, person, new Date()),
    person.enrolment.status === 'ambassador'
      ? myPointsAndBadges(deps.repositories, person.tenantId, person.id)
      : undefined,
  ]);
  return { locale, view: { known: true, itemsThisWeek, ...(points && { points: points.points }) } };
}
