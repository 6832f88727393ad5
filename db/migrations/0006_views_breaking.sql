CREATE TABLE "story_views" (
	"article_id" integer NOT NULL,
	"locale" text NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "story_views_article_id_locale_day_pk" PRIMARY KEY("article_id","locale","day")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "breaking_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "story_views" ADD CONSTRAINT "story_views_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "story_views_day_idx" ON "story_views" USING btree ("locale","day");