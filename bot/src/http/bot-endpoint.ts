import type { RequestHandler } from 'express';
import { incomingActivitySchema } from './incoming-activity';
import { isAllowedServiceUrl } from './bot-service-url';
import type { ServiceUrlPolicy } from './bot-service-url';
import { ApiError } from './api-error';

/**
 * In front of the Teams SDK: an activity it could not run is a 400 problem naming the fields, never a 500; one whose
 * `serviceUrl` is not a Bot Framework service is refused before anything could be sent there.
 */
export function validActivitiesOnly(serviceUrls: ServiceUrlPolicy): RequestHandler {
  return (req, _res, next) => {
    const parsed = incomingActivitySchema.safeParse(req.body);
    if (!parsed.success) throw ApiError.fromZod('body', parsed.error);
    if (!isAllowedServiceUrl(parsed.data.serviceUrl, serviceUrls)) {
      throw new ApiError(
        403,
        'request.notFromBotFramework',
        'The activity does not come from a Bot Framework service.',
        {
          errors: [
            {
              field: 'body.serviceUrl',
              code: 'field.notABotFrameworkService',
              message: 'must be a Bot Framework service URL',
            },
          ],
        },
      );
    }
    next();
  };
}
