# Generates the test data sets of package stats. Run from stats/:
#   Rscript testdata/oracle/generate.R
# R 4.2.2; set.seed makes the output the same on every run. The CSV files are
# committed, so the tests do not need R; this script says where they came from.
#
# study.csv imitates the study (seed, Tabell 2 and 3): n = 120 responses with
# the background proportions of Tabell 2 (gender 55/64/1 missing, age
# 30/40/45/5, area 36 mental health / 80 substance use / 2 relatives / 2 other,
# status 96 current / 24 former), the 24 section-2 items on 1-7, the five
# section-3 items on 1-5, recovery and satisfaction on 1-5, duration on 1-4,
# with group means near Tabell 3's, ties everywhere (Likert codes) and about 3%
# of the answers missing (empty cells).
set.seed(20180601)
n <- 120
area <- sample(c(rep(1, 36), rep(2, 80), 3, 3, 4, 4))
status <- sample(c(rep(1, 96), rep(2, 24)))
gender <- sample(c(rep(1, 55), rep(2, 64), NA))
age <- sample(c(rep(1, 30), rep(2, 40), rep(3, 45), rep(4, 5)))
sub <- area == 2

likert <- function(latent, lo, hi) pmin(hi, pmax(lo, round(latent)))
# One latent trait per scale plus item noise gives alphas like the study's (.8-.9).
items <- function(prefix, k, centre, spread, noise, lo, hi, f = rnorm(n)) {
  m <- sapply(seq_len(k), function(j) likert(centre + spread * f + rnorm(n, 0, noise), lo, hi))
  colnames(m) <- paste0(prefix, seq_len(k))
  m
}
share_centre <- ifelse(sub, 5.7, 5.5)
# share = ekp + esp and receive = ekr + esr: each pair of subscales shares one trait.
f_share <- rnorm(n)
f_receive <- rnorm(n)
d <- data.frame(gender, age, status, area)
d <- cbind(d,
  items("ekp", 3, share_centre - 0.3, 1.0, 0.9, 1, 7, f_share),
  items("esp", 3, share_centre + 0.3, 0.9, 0.8, 1, 7, f_share),
  items("ekr", 3, 5.8, 0.8, 0.8, 1, 7, f_receive),
  items("esr", 3, 6.0, 0.8, 0.7, 1, 7, f_receive),
  items("hum", 5, ifelse(sub, 4.9, 4.3), 1.1, 0.8, 1, 7),
  items("unw", 7, 2.5, 0.9, 1.0, 1, 7),
  items("out", 5, ifelse(sub, 3.2, 1.2), ifelse(sub, 1.2, 0.4), 0.6, 1, 5))
d$duration <- likert(ifelse(sub, 3.5, 2.6) + rnorm(n, 0, 0.9), 1, 4)
d$recovery <- likert(ifelse(sub, 4.7, 4.1) + 0.3 * scale(rowMeans(d[, paste0("hum", 1:5)])) + rnorm(n, 0, 0.6), 1, 5)
d$satisfaction <- likert(0.6 * d$recovery + 1.8 + rnorm(n, 0, 0.8), 1, 5)
# Missing answers, about 3% of the section 2-4 cells, at random.
answer_cols <- names(d)[5:ncol(d)]
for (col in answer_cols) d[[col]][runif(n) < 0.03] <- NA
write.csv(d, "testdata/study.csv", row.names = FALSE, na = "")

# ties.csv: a small set with heavy ties and NaNs in both variables and groups,
# for the edge cases of ranking within pairwise-complete cases.
set.seed(7)
m <- 30
t <- data.frame(
  x = sample(c(1:4, NA), m, replace = TRUE, prob = c(.2, .3, .3, .1, .1)),
  y = sample(c(1:5, NA), m, replace = TRUE, prob = c(.1, .2, .3, .2, .1, .1)),
  z = round(rnorm(m, 10, 3), 1),
  g = sample(1:2, m, replace = TRUE))
t$z[c(3, 17)] <- NA
write.csv(t, "testdata/ties.csv", row.names = FALSE, na = "")
