using System.Diagnostics;
using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>Mini-batch k-means (Sculley, "Web-scale k-means clustering", WWW 2010), for millions of
/// rows: greedy k-means++ on a seeded sample of 3 × batch rows (at least 3k), then batches of rows
/// drawn with replacement, each row pulling its nearest centre towards it with step 1 / (rows the
/// centre has received). Stops when the smoothed batch inertia has not reached a new low for
/// <see cref="MiniBatchKMeansOptions.MaxNoImprovement"/> batches, or after MaxEpochs passes. Every 10
/// batches, centres starved of rows are moved to rows of the batch. The final labels and inertia come from one full
/// exact assignment. Batches run in order from one random stream, so a seed gives the same result at
/// any thread count. Close to, not equal to, full k-means: typically within a few per cent of its inertia.</summary>
public sealed class MiniBatchKMeans(MiniBatchKMeansOptions options)
{
    public MiniBatchKMeansOptions Options { get; } = options;

    public KMeansModel Fit(FeatureMatrix x)
    {
        MatrixChecks.RequireFinite(x);
        int k = Options.Clusters, n = x.Rows, d = x.Columns;
        MatrixChecks.RequireClusterable(x, k, "mini-batch k-means");
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism };
        var random = new Random(Options.Seed);
        var clock = Stopwatch.StartNew();

        var initRows = Math.Min(n, Math.Max(3 * Options.BatchSize, 3 * k));
        var sample = initRows == n ? x : Rows(x, SampleWithoutReplacement(n, initRows, random));
        var centres = KMeans.Seed(sample, k, random, parallel);
        var seedingSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();

        var batch = Math.Min(Options.BatchSize, n);
        var steps = (int)Math.Min(int.MaxValue, (long)Options.MaxEpochs * n / batch);
        var received = new long[k];
        // One batch buffer, refilled at every step: the steps allocate nothing.
        var batchMatrix = new FeatureMatrix(new double[batch * d], batch, d, x.ColumnNames);
        var labels = new int[batch];
        var distances = new double[batch];
        var sums = new double[k * d];
        var counts = new int[k];
        double? smoothed = null;
        var best = double.PositiveInfinity;
        var sinceBest = 0;
        var reassigned = 0;
        var step = 0;
        var converged = false;
        var alpha = Math.Min(1.0, 2.0 * batch / (n + 1));
        while (step < steps)
        {
            step++;
            for (var b = 0; b < batch; b++) x.Row(random.Next(n)).CopyTo(batchMatrix.Values.AsSpan(b * d, d));
            LloydSteps.Assign(batchMatrix, centres, k, labels, distances, 0, batch);
            Array.Clear(sums);
            Array.Clear(counts);
            var inertia = 0.0;
            for (var b = 0; b < batch; b++)
            {
                var c = labels[b];
                counts[c]++;
                inertia += distances[b];
                var row = batchMatrix.Row(b);
                for (var j = 0; j < d; j++) sums[c * d + j] += row[j];
            }
            for (var c = 0; c < k; c++)
            {
                if (counts[c] == 0) continue;
                received[c] += counts[c];
                var keep = (double)(received[c] - counts[c]) / received[c];
                for (var j = 0; j < d; j++) centres[c * d + j] = centres[c * d + j] * keep + sums[c * d + j] / received[c];
            }
            // As scikit-learn, starved centres are looked for every 10 batches, once each centre had a chance.
            if (step % 10 == 0) reassigned += ReassignStarved(centres, received, batchMatrix, random, d);

            // Exponentially weighted batch inertia per row, as scikit-learn smooths it.
            var perRow = inertia / batch;
            smoothed = smoothed is { } s ? s * (1 - alpha) + perRow * alpha : perRow;
            if (smoothed < best) { best = smoothed.Value; sinceBest = 0; }
            else if (++sinceBest >= Options.MaxNoImprovement) { converged = true; break; }
        }

        var allLabels = new int[n];
        var allDistances = new double[n];
        var total = LloydSteps.SumOverChunks(n, parallel, (start, end) =>
        {
            LloydSteps.Assign(x, centres, k, allLabels, allDistances, start, end);
            var sum = 0.0;
            for (var i = start; i < end; i++) sum += allDistances[i];
            return sum;
        });
        var warnings = new List<string>();
        if (!converged) warnings.Add($"stopped after {Options.MaxEpochs} passes over the data before the batch inertia settled; raise max_iterations");
        if (reassigned > 0) warnings.Add($"{reassigned} time(s) a centre that received too few rows was moved to a row of the batch");
        var order = ClusterOrder.ByFirstRow(allLabels, k);
        var diagnostics = new KMeansDiagnostics(step, converged, total, reassigned, seedingSeconds, clock.Elapsed.TotalSeconds, warnings);
        return new KMeansModel(x.ColumnNames.ToArray(), k, ClusterOrder.Permute(centres, order, d), ClusterOrder.Relabel(allLabels, order), diagnostics);
    }

    /// <summary>Moves every centre that has received under <see cref="MiniBatchKMeansOptions.ReassignmentRatio"/>
    /// of the busiest centre's rows to a random row of the batch; its count restarts from the smallest
    /// of the others so the next batches can still move it.</summary>
    private int ReassignStarved(double[] centres, long[] received, FeatureMatrix batch, Random random, int d)
    {
        var busiest = received.Max();
        if (busiest == 0 || Options.ReassignmentRatio <= 0) return 0;
        var moved = 0;
        for (var c = 0; c < received.Length; c++)
        {
            if (received[c] >= Options.ReassignmentRatio * busiest) continue;
            batch.Row(random.Next(batch.Rows)).CopyTo(centres.AsSpan(c * d, d));
            received[c] = Math.Max(1, received.Where((_, o) => o != c && received[o] > 0).DefaultIfEmpty(1).Min());
            moved++;
        }
        return moved;
    }

    private static int[] SampleWithoutReplacement(int n, int count, Random random)
    {
        var index = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, n);
            (index[i], index[j]) = (index[j], index[i]);
        }
        return index[..count];
    }

    private static FeatureMatrix Rows(FeatureMatrix x, int[] rows)
    {
        var d = x.Columns;
        var values = new double[rows.Length * d];
        for (var i = 0; i < rows.Length; i++) x.Row(rows[i]).CopyTo(values.AsSpan(i * d, d));
        return new FeatureMatrix(values, rows.Length, d, x.ColumnNames);
    }
}
