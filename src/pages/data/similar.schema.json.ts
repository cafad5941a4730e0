/** JSON Schema of /data/similar-<year>.json.gz (one year of similar paragraphs, src/components/insight/downloads.ts). */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { CopyShareSchema, SimilarMatchSchema } from '../../insight/schema.ts';

export const GET: APIRoute = () =>
	Response.json(z.toJSONSchema(z.object({ matches: z.array(SimilarMatchSchema), shares: z.array(CopyShareSchema) })));
