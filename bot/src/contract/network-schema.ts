import { z } from 'zod';
import { networks } from './network';

export const networkSchema = z.enum(networks);
