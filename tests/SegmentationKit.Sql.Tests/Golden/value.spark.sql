-- segkit: value model compiled for spark
DROP TABLE IF EXISTS `segkit_assignments`;
CREATE TABLE `segkit_assignments` AS
SELECT `customer_id`, `segment_id`
FROM (
SELECT `customer_id`,
  CASE
    WHEN `arr` IS NULL THEN 'no_value'
    WHEN CAST(`arr` AS DOUBLE) >= CAST('32964' AS DOUBLE) THEN 'large'
    WHEN CAST(`arr` AS DOUBLE) >= CAST('1536' AS DOUBLE) THEN 'medium'
    ELSE 'small'
  END AS `segment_id`
FROM `customers`
) AS `segkit_model`;
