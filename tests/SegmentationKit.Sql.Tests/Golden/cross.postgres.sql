-- segkit: cross model compiled for postgres
DROP TABLE IF EXISTS "segkit_assignments";
CREATE TABLE "segkit_assignments" AS
SELECT "customer_id", "segment_id"
FROM (
WITH "part1" AS MATERIALIZED (
SELECT "customer_id",
  CASE
    WHEN "arr" IS NULL THEN 'no_value'
    WHEN CAST("arr" AS DOUBLE PRECISION) >= CAST('32964' AS DOUBLE PRECISION) THEN 'large'
    WHEN CAST("arr" AS DOUBLE PRECISION) >= CAST('1536' AS DOUBLE PRECISION) THEN 'medium'
    ELSE 'small'
  END AS "segment_id"
FROM "customers"
),
"part2" AS MATERIALIZED (
SELECT "customer_id",
  CASE
    WHEN "industry" IS NULL THEN 'unknown'
    WHEN CAST("industry" AS TEXT) = 'Food' THEN 'food'
    WHEN CAST("industry" AS TEXT) = 'Services' THEN 'services'
    WHEN CAST("industry" AS TEXT) = 'Industry' THEN 'industry'
    WHEN CAST("industry" AS TEXT) = 'Public' THEN 'public'
    WHEN CAST("industry" AS TEXT) = 'Media' THEN 'media'
    WHEN CAST("industry" AS TEXT) = 'Banking-Insurance' THEN 'banking_insurance'
    WHEN CAST("industry" AS TEXT) = 'Retail' THEN 'retail'
  END AS "segment_id"
FROM "customers"
)
SELECT "part1"."customer_id",
  CASE
    WHEN "part1"."segment_id" = 'large' AND "part2"."segment_id" = 'food' THEN 'large.food'
    WHEN "part1"."segment_id" = 'large' AND "part2"."segment_id" = 'services' THEN 'large.services'
    WHEN "part1"."segment_id" = 'large' AND "part2"."segment_id" = 'industry' THEN 'large.industry'
    WHEN "part1"."segment_id" = 'large' AND "part2"."segment_id" = 'public' THEN 'large.public'
    WHEN "part1"."segment_id" = 'large' AND "part2"."segment_id" = 'media' THEN 'large.media'
    WHEN "part1"."segment_id" = 'large' AND "part2"."segment_id" = 'banking_insurance' THEN 'large.banking_insurance'
    WHEN "part1"."segment_id" = 'large' AND "part2"."segment_id" = 'retail' THEN 'large.retail'
    WHEN "part1"."segment_id" = 'large' AND "part2"."segment_id" = 'unknown' THEN 'other'
    WHEN "part1"."segment_id" = 'medium' AND "part2"."segment_id" = 'food' THEN 'medium.food'
    WHEN "part1"."segment_id" = 'medium' AND "part2"."segment_id" = 'services' THEN 'medium.services'
    WHEN "part1"."segment_id" = 'medium' AND "part2"."segment_id" = 'industry' THEN 'medium.industry'
    WHEN "part1"."segment_id" = 'medium' AND "part2"."segment_id" = 'public' THEN 'medium.public'
    WHEN "part1"."segment_id" = 'medium' AND "part2"."segment_id" = 'media' THEN 'medium.media'
    WHEN "part1"."segment_id" = 'medium' AND "part2"."segment_id" = 'banking_insurance' THEN 'medium.banking_insurance'
    WHEN "part1"."segment_id" = 'medium' AND "part2"."segment_id" = 'retail' THEN 'medium.retail'
    WHEN "part1"."segment_id" = 'medium' AND "part2"."segment_id" = 'unknown' THEN 'other'
    WHEN "part1"."segment_id" = 'small' AND "part2"."segment_id" = 'food' THEN 'small.food'
    WHEN "part1"."segment_id" = 'small' AND "part2"."segment_id" = 'services' THEN 'small.services'
    WHEN "part1"."segment_id" = 'small' AND "part2"."segment_id" = 'industry' THEN 'small.industry'
    WHEN "part1"."segment_id" = 'small' AND "part2"."segment_id" = 'public' THEN 'small.public'
    WHEN "part1"."segment_id" = 'small' AND "part2"."segment_id" = 'media' THEN 'small.media'
    WHEN "part1"."segment_id" = 'small' AND "part2"."segment_id" = 'banking_insurance' THEN 'small.banking_insurance'
    WHEN "part1"."segment_id" = 'small' AND "part2"."segment_id" = 'retail' THEN 'small.retail'
    WHEN "part1"."segment_id" = 'small' AND "part2"."segment_id" = 'unknown' THEN 'other'
    WHEN "part1"."segment_id" = 'no_value' AND "part2"."segment_id" = 'food' THEN 'other'
    WHEN "part1"."segment_id" = 'no_value' AND "part2"."segment_id" = 'services' THEN 'other'
    WHEN "part1"."segment_id" = 'no_value' AND "part2"."segment_id" = 'industry' THEN 'other'
    WHEN "part1"."segment_id" = 'no_value' AND "part2"."segment_id" = 'public' THEN 'other'
    WHEN "part1"."segment_id" = 'no_value' AND "part2"."segment_id" = 'media' THEN 'other'
    WHEN "part1"."segment_id" = 'no_value' AND "part2"."segment_id" = 'banking_insurance' THEN 'other'
    WHEN "part1"."segment_id" = 'no_value' AND "part2"."segment_id" = 'retail' THEN 'other'
    WHEN "part1"."segment_id" = 'no_value' AND "part2"."segment_id" = 'unknown' THEN 'other'
  END AS "segment_id"
FROM "part1"
JOIN "part2" ON "part2"."customer_id" = "part1"."customer_id"
) AS "segkit_model";
