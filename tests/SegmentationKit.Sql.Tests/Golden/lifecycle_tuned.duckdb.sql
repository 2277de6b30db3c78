-- segkit: lifecycle model compiled for duckdb
CREATE OR REPLACE TABLE "segkit_assignments" AS
SELECT "customer_id", "segment_id"
FROM (
SELECT "customer_id",
  CASE
    WHEN "signup" IS NULL THEN CAST(NULL AS TEXT)
    WHEN "signup" > DATE '2026-06-30' THEN 'not_yet_signed_up'
    WHEN "churned_now" THEN 'churned'
    WHEN "reactivated" THEN 'reactivated'
    WHEN "tenure_days" < 120 THEN 'onboarding'
    WHEN "lapsed" OR "weekly_active_users" < CAST('2.5' AS DOUBLE) OR "logins_per_week" < CAST('3' AS DOUBLE) THEN 'dormant'
    WHEN "seat_usage" < CAST('0.3' AS DOUBLE) OR "nps" <= CAST('5' AS DOUBLE) OR "revenue_change" <= CAST('-0.05' AS DOUBLE) THEN 'at_risk'
    WHEN "tenure_days" < 400 OR "feature_adoption" < CAST('0.45' AS DOUBLE) THEN 'adopting'
    WHEN "revenue_change" >= CAST('0.15' AS DOUBLE) OR "seat_usage" >= CAST('0.8' AS DOUBLE) THEN 'expanding'
    ELSE 'active'
  END AS "segment_id"
FROM (
SELECT "k"."customer_id",
  CAST("k"."signup_date" AS DATE) AS "signup",
  date_diff('day', CAST("k"."signup_date" AS DATE), DATE '2026-06-30') AS "tenure_days",
  ("k"."churned" AND (CAST("k"."churn_date" AS DATE) IS NULL OR CAST("k"."churn_date" AS DATE) <= DATE '2026-06-30')) AS "churned_now",
  ("t"."last_order" IS NOT NULL AND date_diff('day', "t"."last_order", DATE '2026-06-30') > (CASE CAST("k"."billing_period" AS TEXT) WHEN 'monthly' THEN 31 WHEN 'annual' THEN 366 END + 20)) AS "lapsed",
  (NOT ("t"."last_order" IS NOT NULL AND date_diff('day', "t"."last_order", DATE '2026-06-30') > (CASE CAST("k"."billing_period" AS TEXT) WHEN 'monthly' THEN 31 WHEN 'annual' THEN 366 END + 20)) AND "t"."longest_recent_gap" > (CASE CAST("k"."billing_period" AS TEXT) WHEN 'monthly' THEN 31 WHEN 'annual' THEN 366 END + 20)) AS "reactivated",
  CAST("k"."weekly_active_users" AS DOUBLE) AS "weekly_active_users",
  CAST("k"."logins_per_week" AS DOUBLE) AS "logins_per_week",
  CAST("k"."feature_adoption" AS DOUBLE) AS "feature_adoption",
  CASE WHEN CAST("k"."seats" AS DOUBLE) > CAST('0' AS DOUBLE) THEN CAST("k"."weekly_active_users" AS DOUBLE) / CAST("k"."seats" AS DOUBLE) END AS "seat_usage",
  CAST("k"."nps" AS DOUBLE) AS "nps",
  CASE WHEN date_diff('day', CAST("k"."signup_date" AS DATE), DATE '2026-06-30') >= 730 AND "t"."previous_year" > CAST('0' AS DOUBLE) THEN "t"."last_year" / "t"."previous_year" - CAST('1' AS DOUBLE) END AS "revenue_change"
FROM "customers" AS "k"
LEFT JOIN (
SELECT "customer_id",
  MAX("order_date") AS "last_order",
  SUM(CASE WHEN "order_date" >= DATE '2025-07-01' THEN "amount" ELSE CAST('0' AS DOUBLE) END) AS "last_year",
  SUM(CASE WHEN "order_date" >= DATE '2024-07-01' AND "order_date" <= DATE '2025-06-30' THEN "amount" ELSE CAST('0' AS DOUBLE) END) AS "previous_year",
  MAX(CASE WHEN "order_date" >= DATE '2025-05-26' THEN date_diff('day', "previous_date", "order_date") END) AS "longest_recent_gap"
FROM (
SELECT "customer_id", CAST("date" AS DATE) AS "order_date", CAST("amount" AS DOUBLE) AS "amount",
  LAG(CAST("date" AS DATE)) OVER (PARTITION BY "customer_id" ORDER BY CAST("date" AS DATE)) AS "previous_date"
FROM "transactions"
WHERE CAST("date" AS DATE) <= DATE '2026-06-30'
) AS "orders"
GROUP BY "customer_id"
) AS "t" ON "t"."customer_id" = "k"."customer_id"
) AS "signals"
) AS "segkit_model";
