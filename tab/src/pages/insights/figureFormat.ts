import { currentLocale } from '../../i18n/i18n';
import type { FigureFormat } from './figures';

/** Figures in the person's language, money in the programme's currency (named by every answer). */
export function figureFormat(currency?: string): FigureFormat {
  return { locale: currentLocale(), currency };
}
