-- segkit: rfm model compiled for snowflake
CREATE OR REPLACE TABLE "segkit_assignments" AS
SELECT "customer_id", "segment_id"
FROM (
SELECT "customer_id",
  CASE
    WHEN "frequency" = 0 THEN 'no_purchase'
    WHEN "r" BETWEEN 5 AND 5 AND "f" BETWEEN 5 AND 5 AND "m" BETWEEN 5 AND 5 THEN 'champions'
    WHEN "r" BETWEEN 3 AND 5 AND "f" BETWEEN 3 AND 5 AND "m" BETWEEN 2 AND 5 THEN 'potential_loyalist'
    WHEN "r" BETWEEN 2 AND 4 AND "f" BETWEEN 2 AND 4 AND "m" BETWEEN 2 AND 4 THEN 'loyal_customers'
    WHEN "r" BETWEEN 3 AND 4 AND "f" BETWEEN 1 AND 3 AND "m" BETWEEN 3 AND 5 THEN 'promising'
    WHEN "r" BETWEEN 4 AND 5 AND "f" BETWEEN 1 AND 3 AND "m" BETWEEN 1 AND 5 THEN 'new_customers'
    WHEN "r" BETWEEN 1 AND 2 AND "f" BETWEEN 3 AND 4 AND "m" BETWEEN 4 AND 5 THEN 'cant_lose_them'
    WHEN "r" BETWEEN 1 AND 2 AND "f" BETWEEN 2 AND 5 AND "m" BETWEEN 4 AND 5 THEN 'at_risk'
    WHEN "r" BETWEEN 1 AND 3 AND "f" BETWEEN 3 AND 5 AND "m" BETWEEN 3 AND 5 THEN 'need_attention'
    WHEN "r" BETWEEN 2 AND 3 AND "f" BETWEEN 1 AND 3 AND "m" BETWEEN 1 AND 4 THEN 'about_to_sleep'
    WHEN "r" BETWEEN 1 AND 1 AND "f" BETWEEN 1 AND 5 AND "m" BETWEEN 1 AND 5 THEN 'lost'
    ELSE 'others'
  END AS "segment_id"
FROM (
SELECT "customer_id", "frequency",
  5 - (CASE WHEN CAST('11' AS DOUBLE) <= "recency_days" THEN 1 ELSE 0 END + CASE WHEN CAST('22' AS DOUBLE) <= "recency_days" THEN 1 ELSE 0 END + CASE WHEN CAST('57' AS DOUBLE) <= "recency_days" THEN 1 ELSE 0 END + CASE WHEN CAST('164' AS DOUBLE) <= "recency_days" THEN 1 ELSE 0 END) AS "r",
  1 + (CASE WHEN CAST('2' AS DOUBLE) <= "frequency_value" THEN 1 ELSE 0 END + CASE WHEN CAST('3' AS DOUBLE) <= "frequency_value" THEN 1 ELSE 0 END + CASE WHEN CAST('6' AS DOUBLE) <= "frequency_value" THEN 1 ELSE 0 END + CASE WHEN CAST('13' AS DOUBLE) <= "frequency_value" THEN 1 ELSE 0 END) AS "f",
  1 + (CASE WHEN CAST('106.20000000000005' AS DOUBLE) <= "monetary" THEN 1 ELSE 0 END + CASE WHEN CAST('666.4000000000001' AS DOUBLE) <= "monetary" THEN 1 ELSE 0 END + CASE WHEN CAST('3574.560333333338' AS DOUBLE) <= "monetary" THEN 1 ELSE 0 END + CASE WHEN CAST('17381.728000000014' AS DOUBLE) <= "monetary" THEN 1 ELSE 0 END) AS "m"
FROM (
SELECT "k"."customer_id",
  COALESCE("t"."frequency", 0) AS "frequency",
  CAST(DATEDIFF(day, "t"."last_order", DATE '2026-06-30') AS DOUBLE) AS "recency_days",
  CAST("t"."frequency" AS DOUBLE) AS "frequency_value",
  CASE WHEN "t"."frequency" > 0 THEN "t"."total" / CAST("t"."frequency" AS DOUBLE) END AS "monetary"
FROM "customers" AS "k"
LEFT JOIN (
SELECT "customer_id",
  MAX("order_date") AS "last_order",
  SUM(CASE WHEN "order_date" >= DATE '2025-07-01' THEN 1 ELSE 0 END) AS "frequency",
  SUM(CASE WHEN "order_date" >= DATE '2025-07-01' THEN "amount" END) AS "total"
FROM (
SELECT "customer_id", CAST("date" AS DATE) AS "order_date", CAST("amount" AS DOUBLE) AS "amount"
FROM "transactions"
WHERE CAST("date" AS DATE) <= DATE '2026-06-30'
) AS "orders"
GROUP BY "customer_id"
) AS "t" ON "t"."customer_id" = "k"."customer_id"
) AS "measures"
) AS "scores"
) AS "segkit_model";
