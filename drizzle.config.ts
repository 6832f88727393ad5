import { defineConfig } from 'drizzle-kit';

// Migrations are generated from db/schema.ts and applied by `npm run db:migrate` (scripts/db-migrate.ts),
// the same SQL on the embedded PGlite and on a PostgreSQL server.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  strict: true,
});
