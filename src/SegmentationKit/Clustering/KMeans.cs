using System.Diagnostics;
using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>k-means: greedy k-means++ seeding (2 + ⌊ln k⌋ candidates per step, keeping the one that
/// lowers the potential most, as scikit-learn), Lloyd iterations, best of <see cref="KMeansOptions.Restarts"/>
/// by inertia. Converges when no row changes cluster, or when the summed squared centre shift is at most
/// <see cref="KMeansOptions.Tolerance"/> × the mean column variance. A cluster that empties is re-seeded
/// with the row farthest from its centre and reported. Row sums are taken per fixed chunk and combined in
/// chunk order, so a seed gives bit-identical results at any thread count.</summary>
/// <remarks>Documented edge cases: fewer than 2 rows, or fewer distinct rows than k, is a
/// <see cref="Errors.ModelException"/>; NaN or ∞ is a <see cref="Errors.DataValidationException"/> naming
/// row and column; k = 1 gives the column means and converges in one iteration.</remarks>
public sealed class KMeans(KMeansOptions options)
{
    public KMeansOptions Options { get; } = options;

    /// <summary>Fits k-means to <paramref name="x"/> (not modified).</summary>
    /// <param name="progress">Receives the starts done (seeding and Lloyd iterations each); null: no reports.</param>
    public KMeansModel Fit(FeatureMatrix x, IProgress<WorkProgress>? progress = null)
    {
        MatrixChecks.RequireFinite(x);
        int k = Options.Clusters;
        MatrixChecks.RequireClusterable(x, k, "k-means");
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism };
        var tolerance = Options.Tolerance * MeanColumnVariance(x);
        var random = new Random(Options.Seed);
        var seedingSeconds = 0.0;
        var iterationSeconds = 0.0;
        Run? best = null;
        var step = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"k-means fit: {x.Rows:N0} rows, k = {k}");
        progress?.Report(new WorkProgress(step, 0, Options.Restarts, "starts"));
        for (var restart = 0; restart < Options.Restarts; restart++)
        {
            var clock = Stopwatch.StartNew();
            var centres = Seed(x, k, random, parallel);
            seedingSeconds += clock.Elapsed.TotalSeconds;
            clock.Restart();
            var run = Lloyd(x, k, centres, tolerance, parallel);
            iterationSeconds += clock.Elapsed.TotalSeconds;
            if (best is null || run.Inertia < best.Inertia) best = run;
            progress?.Report(new WorkProgress(step, restart + 1, Options.Restarts, "starts"));
        }

        var warnings = new List<string>();
        if (best!.EmptyClusters > 0)
            warnings.Add($"{best.EmptyClusters} time(s) a cluster emptied during the fit and was re-seeded with the row farthest from its centre");
        if (!best.Converged)
            warnings.Add($"did not converge within {Options.MaxIterations} iterations; raise max_iterations or the tolerance");
        var diagnostics = new KMeansDiagnostics(best.Iterations, best.Converged, best.Inertia, best.EmptyClusters, seedingSeconds, iterationSeconds, warnings);
        // Clusters numbered in the order their first row appears, as the other clusterings are.
        var order = ClusterOrder.ByFirstRow(best.Labels, k);
        return new KMeansModel(x.ColumnNames.ToArray(), k, ClusterOrder.Permute(best.Centres, order, x.Columns),
            ClusterOrder.Relabel(best.Labels, order), diagnostics);
    }

    /// <summary>Greedy k-means++ centres (row-major k × columns).</summary>
    internal static double[] Seed(FeatureMatrix x, int k, Random random, ParallelOptions parallel)
    {
        int n = x.Rows, d = x.Columns;
        var values = x.Values;
        var centres = new double[k * d];
        var first = random.Next(n);
        values.AsSpan(first * d, d).CopyTo(centres);
        var closest = new double[n];
        var potential = LloydSteps.SumOverChunks(n, parallel, (start, end) =>
        {
            var s = 0.0;
            for (var i = start; i < end; i++) s += closest[i] = LloydSteps.SquaredDistance(x.Row(i), x.Row(first));
            return s;
        });
        var trials = 2 + (int)Math.Log(k);
        var cumulative = new double[n];
        var candidates = new int[trials];
        for (var c = 1; c < k; c++)
        {
            var running = 0.0;
            for (var i = 0; i < n; i++) cumulative[i] = running += closest[i];
            for (var t = 0; t < trials; t++)
            {
                var target = random.NextDouble() * potential;
                var index = Array.BinarySearch(cumulative, target);
                if (index < 0) index = ~index;
                else while (index > 0 && cumulative[index - 1] == target) index--;
                candidates[t] = Math.Min(index, n - 1);
            }

            var bestCandidate = -1;
            var bestPotential = double.PositiveInfinity;
            foreach (var candidate in candidates)
            {
                var p = LloydSteps.SumOverChunks(n, parallel, (start, end) =>
                {
                    var s = 0.0;
                    var row = x.Row(candidate);
                    for (var i = start; i < end; i++) s += Math.Min(closest[i], LloydSteps.SquaredDistance(x.Row(i), row));
                    return s;
                });
                if (p < bestPotential) { bestPotential = p; bestCandidate = candidate; }
            }

            potential = LloydSteps.SumOverChunks(n, parallel, (start, end) =>
            {
                var s = 0.0;
                var row = x.Row(bestCandidate);
                for (var i = start; i < end; i++) s += closest[i] = Math.Min(closest[i], LloydSteps.SquaredDistance(x.Row(i), row));
                return s;
            });
            values.AsSpan(bestCandidate * d, d).CopyTo(centres.AsSpan(c * d, d));
        }
        return centres;
    }

    /// <summary>Lloyd iterations from <paramref name="centres"/>, as scikit-learn's single-run Lloyd.</summary>
    internal Run Lloyd(FeatureMatrix x, int k, double[] centres, double tolerance, ParallelOptions parallel)
    {
        int n = x.Rows, d = x.Columns;
        var chunks = RowChunks.Count(n);
        var labels = new int[n];
        var previous = new int[n];
        var distances = new double[n];
        var chunkSums = new double[chunks * k * d];
        var chunkCounts = new long[chunks * k];
        var sums = new double[k * d];
        var counts = new long[k];
        var newCentres = new double[k * d];
        IAssignmentStep step = Options.Algorithm == KMeansAlgorithm.Hamerly ? new HamerlyAssignment(x, k) : new LloydAssignment(x, k);
        var strict = false;
        var converged = false;
        var emptied = 0;
        var iterations = 0;
        for (var iteration = 0; iteration < Options.MaxIterations; iteration++)
        {
            iterations = iteration + 1;
            var current = centres;
            step.Prepare(current);
            Parallel.For(0, chunks, parallel, chunk =>
            {
                var (start, end) = RowChunks.Range(chunk, n);
                step.Assign(current, labels, distances, start, end);
                var s = chunkSums.AsSpan(chunk * k * d, k * d);
                var m = chunkCounts.AsSpan(chunk * k, k);
                s.Clear();
                m.Clear();
                for (var i = start; i < end; i++)
                {
                    var c = labels[i];
                    m[c]++;
                    var row = x.Row(i);
                    var target = s.Slice(c * d, d);
                    for (var j = 0; j < d; j++) target[j] += row[j];
                }
            });
            Array.Clear(sums);
            Array.Clear(counts);
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                var s = chunkSums.AsSpan(chunk * k * d, k * d);
                for (var j = 0; j < s.Length; j++) sums[j] += s[j];
                for (var c = 0; c < k; c++) counts[c] += chunkCounts[chunk * k + c];
            }
            if (counts.Contains(0))
            {
                step.ExactDistances(current, labels, distances);
                var moved = ReseedEmpty(x, k, labels, distances, sums, counts);
                step.Forget(moved);
                emptied += moved.Length;
            }
            for (var c = 0; c < k; c++)
                for (var j = 0; j < d; j++)
                    newCentres[c * d + j] = sums[c * d + j] / counts[c];

            var shift = 0.0;
            for (var j = 0; j < newCentres.Length; j++) { var t = newCentres[j] - centres[j]; shift += t * t; }
            step.Moved(centres, newCentres, labels);
            (centres, newCentres) = (newCentres, centres);

            if (iteration > 0 && labels.AsSpan().SequenceEqual(previous)) { strict = true; converged = true; break; }
            if (shift <= tolerance) { converged = true; break; }
            labels.CopyTo(previous, 0);
        }

        var finalCentres = centres;
        var inertia = LloydSteps.SumOverChunks(n, parallel, (start, end) =>
        {
            if (!strict) LloydSteps.Assign(x, finalCentres, k, labels, distances, start, end);
            var s = 0.0;
            for (var i = start; i < end; i++) s += LloydSteps.SquaredDistance(x.Row(i), finalCentres.AsSpan(labels[i] * d, d));
            return s;
        });
        return new Run(finalCentres, labels, inertia, iterations, converged, emptied);
    }

    /// <summary>Moves the rows farthest from their centre (largest first, ties to the lower row) into the
    /// emptied clusters, as scikit-learn does; returns the rows moved, one per emptied cluster.</summary>
    private static int[] ReseedEmpty(FeatureMatrix x, int k, int[] labels, double[] distances, double[] sums, long[] counts)
    {
        var empty = Enumerable.Range(0, k).Where(c => counts[c] == 0).ToArray();
        if (empty.Length == 0) return [];
        int d = x.Columns;
        var farthest = Enumerable.Range(0, x.Rows).OrderByDescending(i => distances[i]).ThenBy(i => i).Take(empty.Length).ToArray();
        for (var e = 0; e < empty.Length; e++)
        {
            var row = x.Row(farthest[e]);
            var from = labels[farthest[e]];
            var to = empty[e];
            for (var j = 0; j < d; j++) { sums[from * d + j] -= row[j]; sums[to * d + j] = row[j]; }
            counts[from]--;
            counts[to] = 1;
        }
        return farthest;
    }

    private static double MeanColumnVariance(FeatureMatrix x)
    {
        int n = x.Rows, d = x.Columns;
        var total = 0.0;
        for (var j = 0; j < d; j++)
        {
            var mean = 0.0;
            for (var i = 0; i < n; i++) mean += x[i, j];
            mean /= n;
            var ss = 0.0;
            for (var i = 0; i < n; i++) { var t = x[i, j] - mean; ss += t * t; }
            total += ss / n;
        }
        return total / d;
    }

    internal sealed record Run(double[] Centres, int[] Labels, double Inertia, int Iterations, bool Converged, int EmptyClusters);
}
