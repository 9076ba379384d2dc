# The study's eight variables of Tables 3 and 4 and the scales' items, from
# testdata/study.csv, as studyData in helpers_test.go builds them: a scale score
# is the mean of the answered items when at least ceiling(k/2) of the k items
# are answered (instrument.md; SPSS MEAN.n), else missing.
d <- read.csv("testdata/study.csv")
scale_items <- list(
  share = c(paste0("ekp", 1:3), paste0("esp", 1:3)),
  receive = c(paste0("ekr", 1:3), paste0("esr", 1:3)),
  humour = paste0("hum", 1:5),
  negative = paste0("unw", 1:7),
  social = paste0("out", 1:5),
  ekp = paste0("ekp", 1:3), esp = paste0("esp", 1:3),
  ekr = paste0("ekr", 1:3), esr = paste0("esr", 1:3))
score <- function(X) {
  k <- ncol(X)
  ifelse(rowSums(!is.na(X)) >= ceiling(k / 2), rowMeans(X, na.rm = TRUE), NA)
}
for (s in names(scale_items)) d[[s]] <- score(as.matrix(d[, scale_items[[s]]]))
vars <- c("recovery", "satisfaction", "duration", "share", "receive", "humour", "negative", "social")
ties <- read.csv("testdata/ties.csv")
