using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Sql;

/// <summary>A fitted <see cref="PreprocessingPipeline"/> as SQL expressions over the customers
/// table, one per feature, computed with the same floating-point operations in the same order as
/// <see cref="PreprocessingPipeline.Transform"/>: missing value → the fitted fill, log(1 + x),
/// one 0/1 column per categorical level (an unseen level is all zeros), then (x − centre) / scale.</summary>
public static class FeatureSql
{
    /// <summary>SELECT customer_id, f0, f1, … FROM customers (features named f0…).</summary>
    public static string Query(PreprocessingPipeline? pipeline, SqlContext c, out int features)
    {
        if (pipeline is null)
            throw new ModelException("the clustering model has no numeric features to compile", "compile a k-means or Gaussian-mixture run");
        var state = pipeline.State;
        if (state.Pca is not null)
            throw new ModelException("a clustering on principal components is not compiled to SQL", "fit the clustering without principal_components to run it in the database");
        var encoded = new List<string>();
        foreach (var step in state.Columns)
        {
            var column = c.Id(step.Name);
            switch (step.Kind)
            {
                case ColumnKind.Numeric:
                    var v = $"COALESCE({c.AsDouble(column)}, {c.Number(step.NumericFill!.Value)})";
                    encoded.Add(step.Log1p ? $"LN({c.Number(1)} + {v})" : v);
                    break;
                case ColumnKind.Boolean:
                    encoded.Add($"CASE WHEN {column} THEN {c.Number(1)} WHEN NOT {column} THEN {c.Number(0)} ELSE {c.Number(step.NumericFill!.Value)} END");
                    break;
                default:
                    var level = $"COALESCE(CAST({column} AS {SqlTypes.Text(c.Dialect)}), {c.Text(step.LevelFill!)})";
                    encoded.AddRange(step.Levels!.Select(l => $"CASE WHEN {level} = {c.Text(l)} THEN {c.Number(1)} ELSE {c.Number(0)} END"));
                    break;
            }
        }
        var scaler = state.Scaler;
        var lines = encoded.Select((e, j) => $"  ({e} - {c.Number(scaler.Centers[j])}) / {c.Number(scaler.Scales[j])} AS {c.Id(Name(j))}");
        features = encoded.Count;
        return $"SELECT {c.CustomerId},\n{string.Join(",\n", lines)}\nFROM {c.Table(c.Tables.Customers)}";
    }

    public static string Name(int feature) => $"f{feature}";
}
