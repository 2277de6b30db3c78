-- segkit: value model compiled for bigquery
CREATE OR REPLACE TABLE `segkit_assignments` AS
SELECT `customer_id`, `segment_id`
FROM (
SELECT `customer_id`,
  CASE
    WHEN `arr` IS NULL THEN 'no_value'
    WHEN CAST(`arr` AS FLOAT64) >= CAST('32964' AS FLOAT64) THEN 'large'
    WHEN CAST(`arr` AS FLOAT64) >= CAST('1536' AS FLOAT64) THEN 'medium'
    ELSE 'small'
  END AS `segment_id`
FROM `customers`
) AS `segkit_model`;
