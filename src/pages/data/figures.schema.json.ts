/** JSON Schema of /data/figures.json. */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { FigureSchema, IndicatorSchema } from '../../insight/schema.ts';

export const GET: APIRoute = () =>
	Response.json(z.toJSONSchema(z.object({ indicators: z.array(IndicatorSchema), figures: z.array(FigureSchema) })));
