/** JSON Schema of /data/similar.json. */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { CopyShareSchema, SimilarMatchSchema } from '../../insight/schema.ts';

export const GET: APIRoute = () =>
	Response.json(z.toJSONSchema(z.object({ matches: z.array(SimilarMatchSchema), shares: z.array(CopyShareSchema) })));
