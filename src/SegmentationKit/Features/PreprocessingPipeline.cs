using System.Globalization;
using System.Text.Json;
using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Features;

/// <summary>A fitted preprocessing pipeline: column selection, missing-value policy, log1p, one-hot
/// encoding, scaling and optional PCA, learned once on the training customers and re-applied
/// identically to any table with the same columns. Serialise it with the model
/// (<see cref="ToJson"/> / <see cref="FromJson"/>).</summary>
public sealed class PreprocessingPipeline
{
    private PreprocessingPipeline(PipelineState state) => State = state;

    internal PipelineState State { get; }

    /// <summary>Names of the output features (one-hot columns are named "column=level").</summary>
    public IReadOnlyList<string> FeatureNames => State.Pca?.ComponentNames ?? State.EncodedNames;

    /// <summary>Names of the encoded features before PCA.</summary>
    public IReadOnlyList<string> EncodedNames => State.EncodedNames;

    public ColumnScaler Scaler => State.Scaler;
    public PrincipalComponents? Pca => State.Pca;
    public PreprocessingOptions Options => State.Options;

    /// <summary>What the pipeline noticed while fitting: zero-variance columns, values imputed per column.</summary>
    public IReadOnlyList<string> Diagnostics => State.Diagnostics;

    /// <summary>Learns imputation values, categorical levels, scaling and PCA from <paramref name="table"/>.</summary>
    public static PreprocessingPipeline Fit(CustomerTable table, PreprocessingOptions? options = null)
    {
        options ??= new PreprocessingOptions();
        options.Validate();
        var names = options.Columns ?? table.Columns.Where(c => c.Kind != ColumnKind.Date).Select(c => c.Name).ToArray();
        if (names.Count == 0)
            throw new DataValidationException(table.Source, 1, null, null, "no numeric, yes/no or categorical column to build features from",
                "add feature columns or name them in the column selection");
        if (table.RowCount == 0)
            throw new DataValidationException(table.Source, null, null, null, "the table has no customers", "give a table with at least one customer");

        var diagnostics = new List<string>();
        var steps = new List<ColumnStep>();
        foreach (var name in names)
        {
            var column = table[name];
            var log1p = options.Log1pColumns.Contains(name);
            if (log1p && column.Kind != ColumnKind.Numeric)
                throw new ConfigurationException(null, "log1p_columns", $"'{name}' is {column.Kind.ToString().ToLowerInvariant()}, not numeric", "list only numeric columns under log1p");
            var missing = column.MissingCount;
            if (missing > 0 && options.MissingValues == MissingValuePolicy.Error)
                throw MissingError(table, column, FirstMissing(column));
            if (missing == table.RowCount)
                throw new DataValidationException(table.Source, null, name, null, "every value is missing, nothing to learn from",
                    "fill the column in or leave it out of the selection");
            ColumnStep step = column switch
            {
                NumericColumn num => new ColumnStep(name, ColumnKind.Numeric, log1p, NumericFill: FitMedian(num), null, null),
                BooleanColumn b => new ColumnStep(name, ColumnKind.Boolean, false, NumericFill: MostFrequent(b), null, null),
                CategoricalColumn cat => FitCategorical(table, cat),
                _ => throw new DataValidationException(table.Source, 1, name, null, "date columns cannot be clustering features",
                    "derive a number from it first (for example tenure in days) and select that"),
            };
            if (missing > 0)
                diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                    $"column '{name}': {missing} missing value(s) imputed with {(step.LevelFill ?? FormatNumber(step.NumericFill!.Value))}"));
            steps.Add(step);
        }

        var encodedNames = steps.SelectMany(EncodedNamesOf).ToArray();
        var encoded = Encode(table, steps, encodedNames);
        var numericMask = steps.SelectMany(s => Enumerable.Repeat(s.Kind == ColumnKind.Numeric, EncodedNamesOf(s).Count())).ToArray();
        var scaler = FitScaler(encoded, numericMask, options.Scaling);
        diagnostics.AddRange(scaler.Diagnostics);
        var scaled = scaler.Transform(encoded);
        var pca = options.PrincipalComponents is { } pcs ? PrincipalComponents.Fit(scaled, pcs) : null;
        return new PreprocessingPipeline(new PipelineState(options, steps, encodedNames, scaler, pca, diagnostics));
    }

    /// <summary>Applies the fitted steps to a table with the same columns. Imputes with the values
    /// learned at fit time (under <see cref="MissingValuePolicy.Impute"/>); a categorical level not
    /// seen at fit time encodes as all zeros in that column's one-hot block.</summary>
    public FeatureMatrix Transform(CustomerTable table)
    {
        foreach (var step in State.Columns)
        {
            var column = table[step.Name];
            if (column.Kind != step.Kind)
                throw new DataValidationException(table.Source, 1, step.Name, null,
                    $"column is {column.Kind.ToString().ToLowerInvariant()} but the pipeline was fitted on a {step.Kind.ToString().ToLowerInvariant()} column",
                    "use a table with the same columns as the training data");
            if (State.Options.MissingValues == MissingValuePolicy.Error && column.MissingCount > 0)
                throw MissingError(table, column, FirstMissing(column));
        }
        var encoded = State.Scaler.Transform(Encode(table, State.Columns, State.EncodedNames));
        return State.Pca?.Transform(encoded) ?? encoded;
    }

    public string ToJson() => JsonSerializer.Serialize(State, SegmentationJson.Options);

    public static PreprocessingPipeline FromJson(string json) =>
        new(JsonSerializer.Deserialize<PipelineState>(json, SegmentationJson.Options)
            ?? throw new JsonException("empty preprocessing pipeline JSON"));

    private static FeatureMatrix Encode(CustomerTable table, IReadOnlyList<ColumnStep> steps, IReadOnlyList<string> encodedNames)
    {
        int n = table.RowCount, d = encodedNames.Count;
        var values = new double[n * d];
        var offset = 0;
        foreach (var step in steps)
        {
            var column = table[step.Name];
            switch (column)
            {
                case NumericColumn num:
                    for (var i = 0; i < n; i++)
                    {
                        var v = num[i];
                        if (double.IsNaN(v)) v = step.NumericFill!.Value;
                        else if (!double.IsFinite(v))
                            throw new DataValidationException(table.Source, i + 2, step.Name, FormatNumber(v),
                                $"infinite value for customer '{table.CustomerIds[i]}'", "replace it with a finite number or leave it empty");
                        if (step.Log1p)
                        {
                            if (v < 0)
                                throw new DataValidationException(table.Source, i + 2, step.Name, FormatNumber(v),
                                    $"log1p needs values ≥ 0; customer '{table.CustomerIds[i]}' has a negative one", "remove the column from log1p_columns or correct the value");
                            v = Math.Log(1 + v);
                        }
                        values[i * d + offset] = v;
                    }
                    offset++;
                    break;
                case BooleanColumn b:
                    for (var i = 0; i < n; i++)
                        values[i * d + offset] = b[i] switch { true => 1, false => 0, null => step.NumericFill!.Value };
                    offset++;
                    break;
                case CategoricalColumn cat:
                    var levels = step.Levels!;
                    var index = new Dictionary<string, int>(StringComparer.Ordinal);
                    for (var l = 0; l < levels.Count; l++) index[levels[l]] = l;
                    for (var i = 0; i < n; i++)
                    {
                        var level = cat[i] ?? step.LevelFill!;
                        if (index.TryGetValue(level, out var l)) values[i * d + offset + l] = 1;
                    }
                    offset += levels.Count;
                    break;
            }
        }
        return new FeatureMatrix(values, n, d, encodedNames);
    }

    private static ColumnScaler FitScaler(FeatureMatrix encoded, bool[] numericMask, ScalingMethod method)
    {
        var fitted = ColumnScaler.Fit(encoded, method);
        // Yes/no and one-hot columns keep their 0/1 meaning: only numeric columns are scaled.
        var centers = fitted.Centers.Select((c, j) => numericMask[j] ? c : 0).ToArray();
        var scales = fitted.Scales.Select((s, j) => numericMask[j] ? s : 1).ToArray();
        var zero = fitted.ZeroSpreadColumns.Where(c => numericMask[encoded.ColumnNames.ToList().IndexOf(c)]).ToArray();
        return fitted with { Centers = centers, Scales = scales, ZeroSpreadColumns = zero };
    }

    private static IEnumerable<string> EncodedNamesOf(ColumnStep s) =>
        s.Kind == ColumnKind.Categorical ? s.Levels!.Select(l => $"{s.Name}={l}") : [s.Name];

    private static ColumnStep FitCategorical(CustomerTable table, CategoricalColumn cat)
    {
        var counts = new int[cat.Levels.Count];
        foreach (var c in cat.Codes) if (c >= 0) counts[c]++;
        // Only levels that occur become features; ties for the fill value go to the first level.
        var levels = cat.Levels.Where((_, l) => counts[l] > 0).ToArray();
        var mode = 0;
        for (var l = 1; l < counts.Length; l++) if (counts[l] > counts[mode]) mode = l;
        return new ColumnStep(cat.Name, ColumnKind.Categorical, false, null, cat.Levels[mode], levels);
    }

    private static double FitMedian(NumericColumn num)
    {
        var present = num.PresentValues().Where(double.IsFinite).ToArray();
        if (present.Length == 0) return double.NaN;
        Array.Sort(present);
        return Quantile.OfSorted(present, 0.5);
    }

    private static double MostFrequent(BooleanColumn b)
    {
        int yes = 0, no = 0;
        foreach (var v in b.Values)
            if (v == true) yes++;
            else if (v == false) no++;
        return yes > no ? 1 : 0;
    }

    private static int FirstMissing(Column column)
    {
        for (var i = 0; i < column.Length; i++) if (column.IsMissing(i)) return i;
        return -1;
    }

    private static DataValidationException MissingError(CustomerTable table, Column column, int row) =>
        new(table.Source, row + 2, column.Name, null,
            $"missing value for customer '{table.CustomerIds[row]}' ({column.MissingCount} missing in this column)",
            "fill it in, leave the column out, or choose missing values = impute (median for numbers, most frequent value otherwise)");

    private static string FormatNumber(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
