CREATE TABLE "article_authors" (
	"article_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "article_authors_article_id_author_id_pk" PRIMARY KEY("article_id","author_id")
);
--> statement-breakpoint
ALTER TABLE "articles" DROP CONSTRAINT "articles_author_id_authors_id_fk";
--> statement-breakpoint
DROP INDEX "articles_author_idx";--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "byline" text;--> statement-breakpoint
ALTER TABLE "article_translations" ADD COLUMN "dateline" text;--> statement-breakpoint
ALTER TABLE "article_authors" ADD CONSTRAINT "article_authors_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_authors" ADD CONSTRAINT "article_authors_author_id_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_authors_author_idx" ON "article_authors" USING btree ("author_id","article_id");--> statement-breakpoint
-- Every story keeps its author, now the first of its authors.
INSERT INTO "article_authors" ("article_id", "author_id", "position") SELECT "id", "author_id", 0 FROM "articles" WHERE "author_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" DROP COLUMN "author_id";