using SegmentationKit.Errors;

namespace SegmentationKit.Features;

/// <summary>What the preprocessing pipeline does to a customer table before clustering.</summary>
public sealed record PreprocessingOptions
{
    /// <summary>Columns to use (numeric, yes/no or categorical), in this order. Null uses every
    /// numeric, yes/no and categorical column of the table, in table order.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>Numeric columns to transform with log(1 + x) first — for heavy-tailed amounts and
    /// counts such as ARR or tickets. Their values must be ≥ 0.</summary>
    public IReadOnlyList<string> Log1pColumns { get; init; } = [];

    /// <summary>Scaling of numeric columns (after log1p). Yes/no and one-hot columns stay 0/1.
    /// Default: standard.</summary>
    public ScalingMethod Scaling { get; init; } = ScalingMethod.Standard;

    /// <summary>Missing values: an error by default, or imputation.</summary>
    public MissingValuePolicy MissingValues { get; init; } = MissingValuePolicy.Error;

    /// <summary>If set, the output is the first N principal components of the scaled features.</summary>
    public int? PrincipalComponents { get; init; }

    internal void Validate()
    {
        if (PrincipalComponents is < 1)
            throw new ConfigurationException(null, "principal_components", $"must be at least 1; got {PrincipalComponents}", "give a number of components of 1 or more, or leave pca out");
        foreach (var c in Log1pColumns)
            if (Columns is not null && !Columns.Contains(c))
                throw new ConfigurationException(null, "log1p_columns", $"'{c}' is not one of the selected columns", "add it to the columns or remove it from log1p_columns");
    }
}
