* Run from stats/:  pspp -O format=csv testdata/oracle/oracle.sps
* (GNU PSPP 1.6.2). testdata/oracle/pspp.py runs this and writes
* oracle_pspp_test.go from the output. Scale scores with MEAN.n as SPSS
* does: the mean of the answered items when at least n = ceil(k/2) are.
SET FORMAT=F20.16.
GET DATA /TYPE=TXT /FILE="testdata/study.csv" /ARRANGEMENT=DELIMITED
  /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=","
  /VARIABLES=gender F1 age F1 status F1 area F1
  ekp1 F1 ekp2 F1 ekp3 F1 esp1 F1 esp2 F1 esp3 F1
  ekr1 F1 ekr2 F1 ekr3 F1 esr1 F1 esr2 F1 esr3 F1
  hum1 F1 hum2 F1 hum3 F1 hum4 F1 hum5 F1
  unw1 F1 unw2 F1 unw3 F1 unw4 F1 unw5 F1 unw6 F1 unw7 F1
  out1 F1 out2 F1 out3 F1 out4 F1 out5 F1
  duration F1 recovery F1 satisfaction F1.
COMPUTE share = MEAN.3(ekp1, ekp2, ekp3, esp1, esp2, esp3).
COMPUTE receive = MEAN.3(ekr1, ekr2, ekr3, esr1, esr2, esr3).
COMPUTE humour = MEAN.3(hum1, hum2, hum3, hum4, hum5).
COMPUTE negative = MEAN.4(unw1, unw2, unw3, unw4, unw5, unw6, unw7).
COMPUTE social = MEAN.3(out1, out2, out3, out4, out5).
FORMATS share receive humour negative social recovery satisfaction duration (F20.16).
DESCRIPTIVES /VARIABLES=recovery satisfaction duration share receive humour negative social
  /STATISTICS=MEAN STDDEV.
RELIABILITY /VARIABLES=ekp1 ekp2 ekp3 esp1 esp2 esp3 /SUMMARY=TOTAL.
RELIABILITY /VARIABLES=ekr1 ekr2 ekr3 esr1 esr2 esr3 /SUMMARY=TOTAL.
RELIABILITY /VARIABLES=hum1 hum2 hum3 hum4 hum5 /SUMMARY=TOTAL.
RELIABILITY /VARIABLES=unw1 unw2 unw3 unw4 unw5 unw6 unw7 /SUMMARY=TOTAL.
RELIABILITY /VARIABLES=out1 out2 out3 out4 out5 /SUMMARY=TOTAL.
T-TEST /GROUPS=area(1,2) /VARIABLES=recovery satisfaction duration share receive humour negative social.
NPAR TESTS /M-W=recovery satisfaction duration share receive humour negative social BY area(1,2).
CORRELATIONS /VARIABLES=recovery satisfaction duration share receive humour negative social.

GET DATA /TYPE=TXT /FILE="testdata/ties.csv" /ARRANGEMENT=DELIMITED
  /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=","
  /VARIABLES=x F8.2 y F8.2 z F8.2 g F1.
FORMATS x y z (F20.16).
RELIABILITY /VARIABLES=x y z /SUMMARY=TOTAL.
T-TEST /GROUPS=g(1,2) /VARIABLES=x z.
NPAR TESTS /M-W=x z BY g(1,2).
