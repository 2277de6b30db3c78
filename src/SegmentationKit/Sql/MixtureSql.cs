using SegmentationKit.Clustering;
using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Sql;

/// <summary>The Gaussian mixture in SQL: the preprocessed features, each component's weighted
/// log-density computed as <see cref="GaussianComponents.WeightedLogDensities"/> does (the fitted
/// precision factors, log-determinants and log-weights written as exact literals, the same
/// products and sums in the same order), the responsibilities normalised as the kit normalises
/// them (exp(l − max) / Σ), and the most likely component, ties to the lower one.</summary>
public sealed class MixtureSql : IModelSqlTranslator
{
    public bool CanTranslate(ISegmentationModel model) => model is ClusterSegmentationModel { Method: "gmm" };

    public string Query(ISegmentationModel model, SqlContext c)
    {
        var m = (ClusterSegmentationModel)model;
        var mixture = m.Mixture!;
        var g = mixture.Fitted;
        var features = FeatureSql.Query(m.Pipeline, c, out var d);
        var k = g.K;
        string F(int j) => c.Id(FeatureSql.Name(j));
        string Diff(int comp, int j) => $"({F(j)} - {c.Number(g.Means[comp * d + j])})";

        // Level 1: z terms (full: z_a = Σ_{b≤a} P[a,b]·diff_b; diagonal: z_j = diff_j · p_j).
        var zColumns = new List<string>();
        for (var comp = 0; comp < k; comp++)
            for (var a = 0; a < d; a++)
            {
                string z;
                if (g.Type == CovarianceType.Full)
                    z = string.Join(" + ", Enumerable.Range(0, a + 1).Select(b => $"{c.Number(g.PrecisionFactors[comp * d * d + a * d + b])} * {Diff(comp, b)}"));
                else
                    z = $"{Diff(comp, a)} * {c.Number(g.PrecisionFactors[comp * d + a])}";
                zColumns.Add($"  {z} AS {c.Id(Z(comp, a))}");
            }
        var zQuery = $"SELECT {c.CustomerId},\n{string.Join(",\n", zColumns)}\nFROM (\n{features}{c.Fence}\n) AS {c.Id("features")}";

        // Level 2: weighted log-densities −0.5·(d·log 2π + Σ z²) + log det + log w.
        var constant = c.Number(d * GaussianComponents.Log2Pi);
        var logs = Enumerable.Range(0, k).Select(comp =>
        {
            var maha = string.Join(" + ", Enumerable.Range(0, d).Select(a => $"{c.Id(Z(comp, a))} * {c.Id(Z(comp, a))}"));
            return $"  {c.Number(-0.5)} * ({constant} + ({maha})) + {c.Number(g.LogDetPrecision[comp])} + {c.Number(g.LogWeights[comp])} AS {c.Id(L(comp))}";
        });
        var logQuery = $"SELECT {c.CustomerId},\n{string.Join(",\n", logs)}\nFROM (\n{zQuery}{c.Fence}\n) AS {c.Id("z")}";

        // Level 3: exp(l − max), then level 4: divided by their sum (summed in component order).
        var max = k == 1 ? c.Id(L(0)) : $"GREATEST({string.Join(", ", Enumerable.Range(0, k).Select(j => c.Id(L(j))))})";
        // PostgreSQL raises "underflow" where exp would be subnormal or 0; below −708 the kit's value is
        // under 2.3e-308, which added to the largest term (exactly 1) changes neither the sum nor which
        // component is the most likely, so 0 gives the same assignment.
        var exps = Enumerable.Range(0, k).Select(comp =>
        {
            var shifted = $"{c.Id(L(comp))} - {max}";
            return $"  CASE WHEN {shifted} < {c.Number(-708)} THEN {c.Number(0)} ELSE EXP({shifted}) END AS {c.Id(E(comp))}";
        });
        var expQuery = $"SELECT {c.CustomerId},\n{string.Join(",\n", exps)}\nFROM (\n{logQuery}{c.Fence}\n) AS {c.Id("log_densities")}";
        var sum = string.Join(" + ", Enumerable.Range(0, k).Select(j => c.Id(E(j))));
        var probabilities = Enumerable.Range(0, k).Select(comp => $"  {c.Id(E(comp))} / ({sum}) AS {c.Id(P(comp))}");
        var pQuery = $"SELECT {c.CustomerId},\n{string.Join(",\n", probabilities)}\nFROM (\n{expQuery}{c.Fence}\n) AS {c.Id("exps")}";

        var ids = m.Segments.Select(s => s.Id).ToArray();
        return $"SELECT {c.CustomerId},\n  {ArgExtreme.Choose(k, j => c.Id(P(j)), ">=", j => c.Text(ids[j]))} AS {c.Id("segment_id")}\nFROM (\n{pQuery}{c.Fence}\n) AS {c.Id("responsibilities")}";
    }

    private static string Z(int comp, int a) => $"z{comp}_{a}";
    private static string L(int comp) => $"l{comp}";
    private static string E(int comp) => $"e{comp}";
    private static string P(int comp) => $"p{comp}";
}
