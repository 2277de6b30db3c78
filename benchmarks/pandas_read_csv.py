#!/usr/bin/python3
"""Times pandas.read_csv on a 1,000,000 x 8 numeric CSV of the same shape and number formats as
NumericCsvBenchmarks (Gaussian blobs around 16 centres, header x0..x7), for docs/benchmarks.md.

    /usr/bin/python3 benchmarks/pandas_read_csv.py            # writes both files to a temp folder
    /usr/bin/python3 benchmarks/pandas_read_csv.py FILE.csv   # times an existing file

Needs Debian's python3-pandas (apt-get install python3-pandas). Not used by the tests."""
import os
import sys
import tempfile
import time

import numpy as np
import pandas as pd

ROWS, COLUMNS, REPEATS = 1_000_000, 8, 5


def write(path, fmt):
    rng = np.random.default_rng(42)
    centres = rng.uniform(-10, 10, size=(16, COLUMNS))
    x = centres[rng.integers(0, 16, size=ROWS)] + rng.standard_normal((ROWS, COLUMNS))
    frame = pd.DataFrame(x, columns=[f"x{j}" for j in range(COLUMNS)])
    if fmt == "six-decimals":
        frame.to_csv(path, index=False, float_format="%.6f")
    else:
        frame.to_csv(path, index=False)  # shortest round-trip repr, up to 17 significant digits


def time_read(path):
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        frame = pd.read_csv(path)
        matrix = frame.to_numpy(dtype=np.float64)
        times.append(time.perf_counter() - start)
    assert matrix.shape[0] > 0
    return min(times), sorted(times)[len(times) // 2]


def main():
    print(f"pandas {pd.__version__}, numpy {np.__version__}, best and median of {REPEATS}")
    if len(sys.argv) > 1:
        best, median = time_read(sys.argv[1])
        print(f"{sys.argv[1]}: best {best:.3f} s, median {median:.3f} s")
        return
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("six-decimals", "round-trip"):
            path = os.path.join(folder, f"{fmt}.csv")
            write(path, fmt)
            best, median = time_read(path)
            print(f"{fmt}: {os.path.getsize(path) / 1e6:.1f} MB, read_csv + to_numpy best {best:.3f} s, median {median:.3f} s")


if __name__ == "__main__":
    main()
