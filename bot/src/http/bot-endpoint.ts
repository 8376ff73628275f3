import type { RequestHandler } from 'express';
import { incomingActivitySchema } from '../teams/incoming-activity';
import { ApiError } from './api-error';

/** In front of botbuilder: an activity it could not run is a 400 problem naming the fields, never a 500. */
export const validActivitiesOnly: RequestHandler = (req, _res, next) => {
  const parsed = incomingActivitySchema.safeParse(req.body);
  if (!parsed.success) throw ApiError.fromZod('body', parsed.error);
  next();
};
