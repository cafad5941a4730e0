/** JSON Schema of /data/laws.json.gz, generated from the zod schema the build validates against. */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { LawSchema } from '../../insight/schema.ts';

export const GET: APIRoute = () => Response.json(z.toJSONSchema(z.array(LawSchema)));
