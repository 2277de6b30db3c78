using System.Text.Json;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>A fitted k-prototypes clustering: each cluster's prototype (numeric means and
/// categorical modes), the γ used, the total cost and the training labels. Assigns new rows to the
/// cheapest prototype; a category not seen in training matches no prototype. Immutable and JSON-serialisable.</summary>
/// <param name="NumericPrototypes">Cluster means of the numeric columns, k × p row-major.</param>
/// <param name="CategoricalPrototypes">Cluster modes of the categorical columns, k × m row-major, as level names.</param>
/// <param name="Gamma">Weight of one categorical mismatch.</param>
/// <param name="Cost">Sum over training rows of the cost to their prototype.</param>
public sealed record KPrototypesModel(
    IReadOnlyList<string> NumericColumns,
    IReadOnlyList<string> CategoricalColumns,
    IReadOnlyList<IReadOnlyList<string>> Levels,
    double Gamma,
    double[] NumericPrototypes,
    string[] CategoricalPrototypes,
    double Cost,
    int Iterations,
    bool Converged,
    int[] Labels,
    IReadOnlyList<string> Diagnostics)
{
    public int Clusters => NumericColumns.Count > 0 ? NumericPrototypes.Length / NumericColumns.Count : CategoricalPrototypes.Length / CategoricalColumns.Count;

    /// <summary>Cheapest prototype for every row (ties to the lower cluster).</summary>
    public int[] Predict(FeatureMatrix numeric, CategoricalMatrix categorical)
    {
        if (numeric.Columns != NumericColumns.Count || categorical.Columns != CategoricalColumns.Count)
            throw new ModelException($"the model was fitted on {NumericColumns.Count} numeric and {CategoricalColumns.Count} categorical columns; " +
                                     $"the data has {numeric.Columns} and {categorical.Columns}", "give the columns the model was fitted on");
        MatrixChecks.RequireFinite(numeric);
        int k = Clusters, m = CategoricalColumns.Count;
        // Prototype levels as codes of the new data's levels; -1 when the new data never uses that level.
        var modes = new int[k * m];
        for (var t = 0; t < modes.Length; t++)
            modes[t] = IndexOf(categorical.Levels[t % m], CategoricalPrototypes[t]);
        var labels = new int[numeric.Rows];
        for (var i = 0; i < labels.Length; i++)
            labels[i] = Nearest(numeric.Row(i), categorical.Row(i), NumericPrototypes, modes, k, Gamma).Label;
        return labels;
    }

    public string ToJson() => JsonSerializer.Serialize(this, SegmentationJson.Options);

    public static KPrototypesModel FromJson(string json) =>
        JsonSerializer.Deserialize<KPrototypesModel>(json, SegmentationJson.Options) ?? throw new JsonException("empty k-prototypes JSON");

    internal static (int Label, double Cost) Nearest(ReadOnlySpan<double> x, ReadOnlySpan<int> cats, double[] means, int[] modes, int k, double gamma)
    {
        int p = x.Length, m = cats.Length;
        var best = 0;
        var bestCost = double.PositiveInfinity;
        for (var c = 0; c < k; c++)
        {
            var cost = 0.0;
            for (var j = 0; j < p; j++) { var t = x[j] - means[c * p + j]; cost += t * t; }
            var mismatches = 0;
            for (var j = 0; j < m; j++) if (cats[j] != modes[c * m + j]) mismatches++;
            cost += gamma * mismatches;
            if (cost < bestCost) { bestCost = cost; best = c; }
        }
        return (best, bestCost);
    }

    private static int IndexOf(IReadOnlyList<string> levels, string level)
    {
        for (var l = 0; l < levels.Count; l++) if (string.Equals(levels[l], level, StringComparison.Ordinal)) return l;
        return -1;
    }
}
