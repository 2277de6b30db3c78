-- segkit: rules model compiled for spark
DROP TABLE IF EXISTS `segkit_assignments`;
CREATE TABLE `segkit_assignments` AS
SELECT `customer_id`, `segment_id`
FROM (
SELECT `customer_id`,
  CASE
    WHEN (COALESCE((CAST(`industry` AS STRING) IN ('Banking-Insurance')), FALSE) AND COALESCE((CAST(`employees` AS DOUBLE) >= CAST('1000' AS DOUBLE)), FALSE)) THEN 'large_banks'
    WHEN ((COALESCE((CAST(`industry` AS STRING) IN ('Retail', 'Food')), FALSE) OR COALESCE((`trial` IN (TRUE)), FALSE)) AND (NOT COALESCE((CAST(`plan` AS STRING) IN ('Enterprise')), FALSE))) THEN 'retail_or_food_trials'
    WHEN COALESCE((CAST(`signup_date` AS DATE) >= DATE '2024-01-01' AND CAST(`signup_date` AS DATE) <= DATE '2024-12-31'), FALSE) THEN 'signed_in_2024'
    WHEN COALESCE((CAST(`logins_per_week` AS DOUBLE) > CAST('10.5' AS DOUBLE) AND CAST(`logins_per_week` AS DOUBLE) <= CAST('30' AS DOUBLE)), FALSE) THEN 'busy'
    WHEN COALESCE((CAST(`employees` AS DOUBLE) < CAST('50' AS DOUBLE)), FALSE) THEN 'employees_1_49'
    WHEN COALESCE((CAST(`employees` AS DOUBLE) >= CAST('50' AS DOUBLE) AND CAST(`employees` AS DOUBLE) < CAST('250' AS DOUBLE)), FALSE) THEN 'employees_50_249'
    WHEN COALESCE((CAST(`employees` AS DOUBLE) >= CAST('250' AS DOUBLE) AND CAST(`employees` AS DOUBLE) < CAST('1000' AS DOUBLE)), FALSE) THEN 'employees_250_999'
    WHEN COALESCE((CAST(`employees` AS DOUBLE) >= CAST('1000' AS DOUBLE)), FALSE) THEN 'employees_1000'
    ELSE 'other'
  END AS `segment_id`
FROM `customers`
) AS `segkit_model`;
