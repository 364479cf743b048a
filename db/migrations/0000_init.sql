CREATE TYPE "public"."convention_kind" AS ENUM('mentoring', 'thesis_cosupervision', 'internship', 'incubation', 'joint_research', 'mobility');--> statement-breakpoint
CREATE TYPE "public"."language_level" AS ENUM('basic', 'professional', 'fluent', 'native');--> statement-breakpoint
CREATE TYPE "public"."mentoring_status" AS ENUM('open', 'paused');--> statement-breakpoint
CREATE TYPE "public"."offer_direction" AS ENUM('offer', 'need');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('university', 'lab', 'company', 'incubator', 'public_body', 'association');--> statement-breakpoint
CREATE TYPE "public"."person_kind" AS ENUM('student', 'expert', 'researcher');--> statement-breakpoint
CREATE TYPE "public"."verification_status" AS ENUM('pending', 'verified', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."visibility" AS ENUM('public', 'members', 'hidden');--> statement-breakpoint
CREATE TABLE "person_languages" (
	"person_id" uuid NOT NULL,
	"language" text NOT NULL,
	"level" "language_level" NOT NULL,
	CONSTRAINT "person_languages_person_id_language_pk" PRIMARY KEY("person_id","language")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"person_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	CONSTRAINT "memberships_person_id_organization_id_pk" PRIMARY KEY("person_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "offers_needs" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" uuid,
	"organization_id" uuid,
	"direction" "offer_direction" NOT NULL,
	"kind" "convention_kind" NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	CONSTRAINT "offer_owner" CHECK (("offers_needs"."person_id" is null) <> ("offers_needs"."organization_id" is null))
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"acronym" text,
	"kind" "organization_kind" NOT NULL,
	"country" text NOT NULL,
	"city" text NOT NULL,
	"parent_id" uuid,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"external_id" text,
	"kind" "person_kind" NOT NULL,
	"full_name" text NOT NULL,
	"headline" text DEFAULT '' NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"email" text,
	"phone" text,
	"country" text NOT NULL,
	"city" text NOT NULL,
	"mentoring_status" "mentoring_status" DEFAULT 'paused' NOT NULL,
	"mentoring_capacity" integer DEFAULT 0 NOT NULL,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"verification" "verification_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_slug_unique" UNIQUE("slug"),
	CONSTRAINT "people_externalId_unique" UNIQUE("external_id"),
	CONSTRAINT "mentoring_capacity_range" CHECK ("people"."mentoring_capacity" between 0 and 50)
);
--> statement-breakpoint
CREATE TABLE "publication_authors" (
	"publication_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "publication_authors_publication_id_person_id_pk" PRIMARY KEY("publication_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"abstract" text DEFAULT '' NOT NULL,
	"year" smallint NOT NULL,
	"doi" text,
	"venue" text,
	CONSTRAINT "publications_doi_unique" UNIQUE("doi")
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organization_sectors" (
	"organization_id" uuid NOT NULL,
	"sector_id" text NOT NULL,
	CONSTRAINT "organization_sectors_organization_id_sector_id_pk" PRIMARY KEY("organization_id","sector_id")
);
--> statement-breakpoint
CREATE TABLE "person_sectors" (
	"person_id" uuid NOT NULL,
	"sector_id" text NOT NULL,
	CONSTRAINT "person_sectors_person_id_sector_id_pk" PRIMARY KEY("person_id","sector_id")
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"id" text PRIMARY KEY NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"label_ar" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_skills" (
	"id" serial PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"skill_id" text,
	"free_label" text,
	"level" smallint NOT NULL,
	CONSTRAINT "person_skill_level" CHECK ("person_skills"."level" between 1 and 5),
	CONSTRAINT "person_skill_concept_or_tag" CHECK (("person_skills"."skill_id" is null) <> ("person_skills"."free_label" is null))
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" text PRIMARY KEY NOT NULL,
	"esco_uri" text,
	"group" text NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"label_ar" text NOT NULL,
	"synonyms" jsonb NOT NULL,
	"broader_id" text
);
--> statement-breakpoint
ALTER TABLE "person_languages" ADD CONSTRAINT "person_languages_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers_needs" ADD CONSTRAINT "offers_needs_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers_needs" ADD CONSTRAINT "offers_needs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_authors" ADD CONSTRAINT "publication_authors_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_authors" ADD CONSTRAINT "publication_authors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_sectors" ADD CONSTRAINT "organization_sectors_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_sectors" ADD CONSTRAINT "organization_sectors_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_sectors" ADD CONSTRAINT "person_sectors_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_sectors" ADD CONSTRAINT "person_sectors_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills" ADD CONSTRAINT "person_skills_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills" ADD CONSTRAINT "person_skills_skill_id_skills_id_fk" FOREIGN KEY ("skill_id") REFERENCES "public"."skills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_broader_id_skills_id_fk" FOREIGN KEY ("broader_id") REFERENCES "public"."skills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "memberships_organization_id_index" ON "memberships" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "offers_needs_person_id_index" ON "offers_needs" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "offers_needs_organization_id_index" ON "offers_needs" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "organizations_parent_id_index" ON "organizations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "organizations_country_kind_index" ON "organizations" USING btree ("country","kind");--> statement-breakpoint
CREATE INDEX "people_kind_index" ON "people" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "publication_authors_person_id_index" ON "publication_authors" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "search_outbox_pending" ON "search_outbox" USING btree ("available_at") WHERE "search_outbox"."processed_at" is null;--> statement-breakpoint
CREATE INDEX "search_outbox_created_at_index" ON "search_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "person_sectors_sector_id_index" ON "person_sectors" USING btree ("sector_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_skills_person_id_skill_id_index" ON "person_skills" USING btree ("person_id","skill_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_skills_free_label_unique" ON "person_skills" USING btree ("person_id",lower("free_label"));--> statement-breakpoint
CREATE INDEX "person_skills_skill_id_index" ON "person_skills" USING btree ("skill_id");--> statement-breakpoint
CREATE INDEX "skills_broader_id_index" ON "skills" USING btree ("broader_id");