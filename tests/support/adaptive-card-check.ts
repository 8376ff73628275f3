import { createRequire } from 'node:module';
import type * as AdaptiveCardsModule from 'adaptivecards';

// Microsoft's Adaptive Cards library: its module build does not load under Node, its bundled build does.
const AdaptiveCards = createRequire(import.meta.url)(
  'adaptivecards/dist/adaptivecards.js',
) as typeof AdaptiveCardsModule;

/**
 * What Microsoft's own Adaptive Cards library finds wrong in a card as it reads it: element and action types it
 * does not know, properties missing or out of their range. Empty for a card every Teams client can render.
 */
export function adaptiveCardProblems(card: object): string[] {
  const read = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  read.parse(card, context);
  const whileReading = Array.from({ length: context.eventCount }, (_, at) => context.getEventAt(at).message);
  const properties = read.validateProperties().validationEvents.map((event) => event.message);
  return [...whileReading, ...properties];
}
