# Maximum-likelihood reference for ClvModelTests: BG/NBD (Fader, Hardie & Lee 2005) and Gamma-Gamma
# on the CDNOW summaries beside this file, with SciPy. Run from the repository root:
#   python3 tests/SegmentationKit.Tests/TestData/cdnow/mle_reference.py
import numpy as np, pandas as pd
from scipy.optimize import minimize
from scipy.special import gammaln, betaln
d = pd.read_csv('tests/SegmentationKit.Tests/TestData/cdnow/cdnow_customers_summary.csv')
x, tx, T = d.frequency.values, d.recency.values, d['T'].values
def nll(lp):
    r, alpha, a, b = np.exp(lp)
    A1 = gammaln(r + x) - gammaln(r) + r*np.log(alpha)
    A2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    A3 = -(r + x)*np.log(alpha + T)
    A4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x)*np.log(alpha + tx), -np.inf)
    ll = A1 + A2 + np.logaddexp(A3, A4)
    return -ll.sum()
res = minimize(nll, np.log([0.2,4,0.8,2.4]), method='Nelder-Mead', options=dict(xatol=1e-13, fatol=1e-13, maxiter=200000, maxfev=200000))
res = minimize(nll, res.x, method='BFGS', options=dict(gtol=1e-10))
print(res.message, res.fun)
print(["%.10f" % v for v in np.exp(res.x)])
# gamma-gamma
d2 = pd.read_csv('tests/SegmentationKit.Tests/TestData/cdnow/cdnow_customers_summary_with_transactions.csv')
d2 = d2[d2.x > 0]
xx, m = d2.x.values, d2.zbar.values
def gg(lp):
    p, q, v = np.exp(lp)
    ll = gammaln(p*xx+q) - gammaln(p*xx) - gammaln(q) + q*np.log(v) + (p*xx-1)*np.log(m) + (p*xx)*np.log(xx) - (p*xx+q)*np.log(xx*m+v)
    return -ll.sum()
r2 = minimize(gg, np.log([1,1,1]), method='Nelder-Mead', options=dict(xatol=1e-13, fatol=1e-13, maxiter=200000, maxfev=200000))
r2 = minimize(gg, r2.x, method='BFGS', options=dict(gtol=1e-10))
print(r2.message, r2.fun, ["%.10f" % v for v in np.exp(r2.x)])
