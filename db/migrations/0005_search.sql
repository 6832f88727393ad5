-- Search (issue 5). pg_trgm for typo-tolerant headline matching; it is a trusted extension (PostgreSQL 13+),
-- and the embedded PGlite loads it in db/client.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- Folds letters readers often type without their marks: Azerbaijani ə ş ç ğ ı İ ö ü and Russian ё, then lowercases.
-- PostgreSQL has no Azerbaijani dictionary, and unaccent leaves ə alone. translate() maps one character to one,
-- so a folded text keeps the original's positions (the highlighter relies on that; lib/search-text.ts does the same).
CREATE OR REPLACE FUNCTION bureau_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(translate(input, 'ƏəŞşÇçĞğIıİÖöÜüЁё', 'EeSsCcGgIiIOoUuЕе')) $$;--> statement-breakpoint
-- The text-search configuration of a language: its stemmer where PostgreSQL has one, else 'simple'.
CREATE OR REPLACE FUNCTION bureau_search_config(locale text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT CASE locale WHEN 'ru' THEN 'russian'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END $$;--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "body_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(bureau_search_config(locale), bureau_fold(title)), 'A') || setweight(to_tsvector(bureau_search_config(locale), bureau_fold(lead)), 'B') || setweight(to_tsvector(bureau_search_config(locale), bureau_fold(body_text)), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "search_title" text GENERATED ALWAYS AS (bureau_fold(title)) STORED;--> statement-breakpoint
CREATE INDEX "article_translations_search_idx" ON "article_translations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "article_translations_search_title_idx" ON "article_translations" USING gin ("search_title" gin_trgm_ops);--> statement-breakpoint
-- Stories saved before this migration: their body text, from every "text" string of the editor's JSON.
UPDATE "article_translations" SET "body_text" = coalesce((SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query("body", 'strict $.**.text') AS t), '');
