/** JSON Schema of /data/figures-<year>.json.gz (one year of figures, src/components/insight/downloads.ts). */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { FigureSchema, IndicatorSchema } from '../../insight/schema.ts';

export const GET: APIRoute = () =>
	Response.json(z.toJSONSchema(z.object({ indicators: z.array(IndicatorSchema), figures: z.array(FigureSchema) })));
