# Reference RFM scores computed with R's own arithmetic, as the R package rfm 0.3.0 scores them
# (rsquaredacademy/rfm, R/utils.R `bins`, `bins_lower`, `bins_upper`, and the score loops of
# `rfm_prep_bins` in R/rfm-table-transaction.R), transcribed with base R only so it runs without
# the package: cuts = quantile(x, probs = seq(0, 1, length.out = n + 1))[interior] + 1 (type 7),
# lower = (min(x), cuts), upper = (cuts, max(x) + 1), x in [lower[i], upper[i]) scores i
# (recency reversed: n + 1 - i).
#
# Regenerate: Rscript rfm_scores.R > rfm_scores.csv   (written with R 4.2.2, Debian r-base-core)
bins <- function(x, n_bins) {
  length_out <- n_bins + 1
  q <- unname(quantile(x, probs = seq(0, 1, length.out = length_out)))
  q[c(-1, -length_out)] + 1
}
score <- function(x, n_bins, reversed) {
  cuts <- bins(x, n_bins)
  lower <- c(min(x), cuts)
  upper <- c(cuts, max(x) + 1)
  s <- rep(NA_integer_, length(x))
  for (i in seq_len(n_bins)) s[x >= lower[i] & x < upper[i]] <- if (reversed) n_bins + 1L - i else i
  s
}
emit <- function(case, n_bins, recency, frequency, monetary) {
  r <- score(recency, n_bins, TRUE); f <- score(frequency, n_bins, FALSE); m <- score(monetary, n_bins, FALSE)
  for (k in seq_along(recency))
    cat(sprintf("%s,%d,%d,%.17g,%.17g,%.17g,%d,%d,%d\n", case, n_bins, k, recency[k], frequency[k], monetary[k], r[k], f[k], m[k]))
}
cat("case,bins,customer,recency_days,frequency,monetary,r,f,m\n")
# The constructed case: 21 customers, customer i with i orders (and i days, i units of spend).
emit("ladder21", 5L, 1:21, 1:21, 1:21)
# The ten-bin nudges (0.3, 0.6, 0.7 land one ulp high): 11 and 31 customers on a ladder.
emit("ladder11_10", 10L, 0:10, 1:11, (1:11) * 10)
emit("ladder31_10", 10L, 0:30, 1:31, (1:31) / 10)
# Random small logs with many ties, so values often sit exactly on a quantile.
set.seed(20261129)
for (case in 1:200) {
  n <- sample(2:40, 1)
  n_bins <- sample(c(3L, 4L, 5L, 5L, 5L, 6L, 7L, 10L), 1)
  recency <- sample(0:(sample(3:60, 1)), n, replace = TRUE)
  frequency <- sample(1:(sample(2:12, 1)), n, replace = TRUE)
  monetary <- round(sample(1:400, n, replace = TRUE) * sample(c(0.1, 0.5, 1, 2.5), 1), 2)
  emit(sprintf("random%03d", case), n_bins, recency, frequency, monetary)
}
