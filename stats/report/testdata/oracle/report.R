# Oracle for stats.NewReport: recomputes the report's statistics in R (4.2.2, psych 2.2.9) from the
# pooled CSV that stats.WriteCSV writes, as SPSS would: listwise α per scale, t-tests per analysis,
# pairwise Spearman. Scale scores are recomputed here from the items (mean of answered items when at
# least ceiling(k/2) are answered), not taken from the CSV.
#
#   Rscript stats/report/testdata/oracle/report.R data.csv [group-by-question code1 code2 split-by-question]
#
# Prints JSON with full precision (digits = NA).
suppressMessages({ library(psych); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], colClasses = c(id = "character", lang = "character"))
by <- if (length(args) >= 4) args[2] else "area"
codes <- if (length(args) >= 4) as.integer(args[3:4]) else c(1L, 2L)
split <- if (length(args) >= 5) args[5] else "status"

scales <- list(
  share = c(paste0("ekp", 1:3), paste0("esp", 1:3)),
  receive = c(paste0("ekr", 1:3), paste0("esr", 1:3)),
  humour = paste0("hum", 1:5), negative = paste0("unw", 1:7), social = paste0("out", 1:5),
  ekp = paste0("ekp", 1:3), esp = paste0("esp", 1:3), ekr = paste0("ekr", 1:3), esr = paste0("esr", 1:3))

score <- function(items) {
  k <- ncol(items)
  answered <- rowSums(!is.na(items))
  m <- rowMeans(items, na.rm = TRUE)
  m[answered < ceiling(k / 2)] <- NA
  m
}

out <- list(scales = list(), compare = list(), split = list())
for (s in names(scales)) {
  items <- d[, scales[[s]]]
  d[[paste0("score_", s)]] <- score(items)
  sc <- d[[paste0("score_", s)]]
  full <- na.omit(items)
  a <- psych::alpha(full, warnings = FALSE)
  n <- nrow(full); k <- ncol(full)
  alpha <- a$total$raw_alpha
  # Feldt (1965) interval, as SPSS's RELIABILITY /ICC and psych::alpha.ci
  lo <- 1 - (1 - alpha) * qf(0.975, n - 1, (n - 1) * (k - 1))
  hi <- 1 - (1 - alpha) * qf(0.025, n - 1, (n - 1) * (k - 1))
  out$scales[[s]] <- list(
    n = sum(!is.na(sc)), mean = mean(sc, na.rm = TRUE), sd = sd(sc, na.rm = TRUE),
    alpha = alpha, alpha_n = n, std_alpha = a$total$std.alpha, alpha_ci = c(lo, hi),
    item_mean = unname(colMeans(full)), item_sd = unname(apply(full, 2, sd)),
    corrected_item_total = unname(a$item.stats$r.drop),
    alpha_if_deleted = unname(a$alpha.drop$raw_alpha))
}

value <- function(v) if (v %in% names(scales)) d[[paste0("score_", v)]] else d[[v]]

for (v in c("share", "receive", "humour", "negative", "social", "recovery", "satisfaction", "duration")) {
  x <- value(v); g <- d[[by]]
  a <- x[!is.na(x) & !is.na(g) & g == codes[1]]
  b <- x[!is.na(x) & !is.na(g) & g == codes[2]]
  st <- t.test(a, b, var.equal = TRUE)
  we <- t.test(a, b, var.equal = FALSE)
  # Levene centred on the group means (SPSS): one-way ANOVA of absolute deviations
  y <- c(a, b); f <- factor(rep(1:2, c(length(a), length(b))))
  dev <- abs(y - ave(y, f))
  lv <- anova(lm(dev ~ f))
  mw <- wilcox.test(a, b, exact = FALSE, correct = FALSE)
  n1 <- length(a); n2 <- length(b)
  u <- unname(mw$statistic)
  z <- sign(u - n1 * n2 / 2) * qnorm(mw$p.value / 2, lower.tail = FALSE)
  sp <- sqrt(((n1 - 1) * var(a) + (n2 - 1) * var(b)) / (n1 + n2 - 2))
  out$compare[[v]] <- list(
    n = c(n1, n2), mean = c(mean(a), mean(b)), sd = c(sd(a), sd(b)),
    student = list(t = unname(st$statistic), df = unname(st$parameter), p = st$p.value),
    welch = list(t = unname(we$statistic), df = unname(we$parameter), p = we$p.value),
    levene = list(f = lv$`F value`[1], p = lv$`Pr(>F)`[1]),
    mann_whitney = list(u = u, z = z, p = mw$p.value),
    cohens_d = (mean(a) - mean(b)) / sp)
}

vars <- c("recovery", "satisfaction", "duration", "share", "receive", "humour", "negative", "social")
out$descriptives <- list()
for (v in vars) {
  x <- value(v)
  out$descriptives[[v]] <- list(n = sum(!is.na(x)), mean = mean(x, na.rm = TRUE), sd = sd(x, na.rm = TRUE))
}
spearman <- function(keep) {
  k <- length(vars)
  rho <- matrix(NA_real_, k, k); p <- matrix(NA_real_, k, k); n <- matrix(0L, k, k)
  for (i in 1:k) for (j in 1:k) {
    x <- value(vars[i])[keep]; y <- value(vars[j])[keep]
    ok <- !is.na(x) & !is.na(y)
    n[i, j] <- sum(ok)
    if (i == j) { rho[i, j] <- 1; next }
    ct <- suppressWarnings(cor.test(x[ok], y[ok], method = "spearman", exact = FALSE))
    rho[i, j] <- unname(ct$estimate); p[i, j] <- ct$p.value
  }
  list(rho = rho, p = p, n = n)
}
out$correlations <- spearman(rep(TRUE, nrow(d)))
for (c in sort(unique(na.omit(d[[split]])))) {
  out$split[[length(out$split) + 1]] <- c(list(value = c), spearman(!is.na(d[[split]]) & d[[split]] == c))
}
# Frequencies: every single-choice question's counts of codes 1..k; employment from emp1..emp6
# (multiple response: valid = respondents with any code, counts = mentions).
out$frequencies <- list()
for (q in setdiff(names(d), c("id", "lang", paste0("emp", 1:6), names(scales), paste0("score_", names(scales))))) {
  x <- d[[q]]
  out$frequencies[[q]] <- list(n_valid = sum(!is.na(x)), n_missing = sum(is.na(x)),
    counts = as.list(table(factor(x, levels = 1:7))))
}
emp <- d[, paste0("emp", 1:6)]
out$frequencies$employment <- list(n_valid = sum(!is.na(emp$emp1)), n_missing = sum(is.na(emp$emp1)),
  counts = setNames(as.list(colSums(emp == 1, na.rm = TRUE)), 1:6))
cat(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null"))
