using SegmentationKit.Data;
using SegmentationKit.Synthetic;
using Xunit.Abstractions;

namespace SegmentationKit.Tests.Synthetic;

public class ExploreTests(ITestOutputHelper output)
{
    [Fact]
    public void Explore()
    {
        foreach (var n in new[] { 5000, 20000 })
        {
            var data = SyntheticBase.Generate(new SyntheticOptions { Customers = n, Seed = 7 });
            var cols = SyntheticBase.BehaviouralFeatures.Select(f => data.Customers.Numeric(f).Values.ToArray()).ToList();
            var x = SeparationCheck.Log1pStandardised(cols);
            var labels = SeparationCheck.KMeans(x, 6, 5, 1);
            var ari = SeparationCheck.AdjustedRandIndex(labels, data.TrueSegments);
            output.WriteLine($"n={n} ari={ari:F4} tx={data.Transactions.Count}");
            // per segment centroid in log space
            foreach (var seg in SyntheticBase.SegmentLabels)
            {
                var rows = Enumerable.Range(0, n).Where(i => data.TrueSegments[i] == seg).ToArray();
                var means = cols.Select(c => rows.Average(i => Math.Log(1 + c[i])).ToString("F2"));
                var sds = cols.Select(c => { var m = rows.Average(i => Math.Log(1 + c[i])); return Math.Sqrt(rows.Average(i => Math.Pow(Math.Log(1 + c[i]) - m, 2))).ToString("F2"); });
                output.WriteLine($"{seg,-26} {rows.Length,6} mean [{string.Join(", ", means)}] sd [{string.Join(", ", sds)}]");
            }
            // confusion
            var conf = Enumerable.Range(0, n).GroupBy(i => (data.TrueSegments[i], labels[i])).OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2);
            foreach (var g in conf) output.WriteLine($"  {g.Key.Item1} -> {g.Key.Item2}: {g.Count()}");
        }
    }
}
