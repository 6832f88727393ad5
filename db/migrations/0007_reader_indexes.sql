DROP INDEX "article_translations_listing_idx";--> statement-breakpoint
CREATE INDEX "article_tags_tag_idx" ON "article_tags" USING btree ("tag_id","article_id");--> statement-breakpoint
CREATE INDEX "article_translations_slug_idx" ON "article_translations" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "articles_bureau_idx" ON "articles" USING btree ("bureau_id");--> statement-breakpoint
CREATE INDEX "articles_breaking_idx" ON "articles" USING btree ("breaking_until") WHERE "articles"."breaking_until" is not null;--> statement-breakpoint
CREATE INDEX "article_translations_listing_idx" ON "article_translations" USING btree ("locale","status","published_at","article_id");