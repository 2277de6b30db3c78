#!/usr/bin/env python3
"""The scikit-learn side of KMeansBenchmarks: k-means on 1,000,000 x 8 float64 Gaussian blobs
(16 centres in [-10, 10]^8, sd 1), k = 16, one start, at most 100 iterations, tol 1e-4, Lloyd.
Run with Debian's Python: apt-get install python3-sklearn; /usr/bin/python3 benchmarks/compare_sklearn.py
Prints the k-means++ seeding time, the full fit time (best and median of 5) and the iterations."""
import statistics
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.datasets import make_blobs

print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}")
# Centres in [-10, 10]^8 (separated) and in [-2, 2]^8 (overlapping: many more iterations), as KMeansBenchmarks.
for box in (10, 2):
    X, _ = make_blobs(n_samples=1_000_000, n_features=8, centers=16, cluster_std=1.0, center_box=(-box, box), random_state=7)
    X = np.ascontiguousarray(X, dtype=np.float64)
    seed_times, fit_times, iterations = [], [], []
    for run in range(5):
        t = time.perf_counter()
        kmeans_plusplus(X, n_clusters=16, random_state=run)
        seed_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        km = KMeans(n_clusters=16, n_init=1, max_iter=100, tol=1e-4, algorithm="lloyd", random_state=run).fit(X)
        fit_times.append(time.perf_counter() - t)
        iterations.append(km.n_iter_)
    print(f"centres in [-{box}, {box}]^8")
    print(f"  k-means++ seeding: best {min(seed_times):.3f} s, median {statistics.median(seed_times):.3f} s")
    print(f"  full fit (n_init=1, lloyd): best {min(fit_times):.3f} s, median {statistics.median(fit_times):.3f} s, iterations {iterations}")
