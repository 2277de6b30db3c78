using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>A yes/no test on one customer row. A test on a missing value is false, so
/// <c>NOT (industry = Retail)</c> is true for a customer whose industry is unknown.</summary>
public abstract record Condition
{
    /// <summary>Where the condition was declared (YAML key path or builder position), for messages.</summary>
    public string KeyPath { get; init; } = "";

    /// <summary>Readable form, e.g. "industry in {Retail, Food}".</summary>
    public abstract string Describe();

    /// <summary>Evaluates every row of the table at once.</summary>
    internal abstract bool[] Evaluate(CustomerTable table, string? file);

    /// <summary>Checks the columns exist with a usable type; <paramref name="file"/> labels errors.</summary>
    internal abstract void Validate(CustomerTable table, string? file);

    /// <summary>True when the condition is contradictory in itself (empty range, empty set, AND of
    /// disjoint tests on one column), whatever the data.</summary>
    internal abstract bool NeverMatches();

    public Condition And(Condition other) => new AllCondition([this, other]);
    public Condition Or(Condition other) => new AnyCondition([this, other]);
    public Condition Negate() => new NotCondition(this);

    internal Column ColumnOf(CustomerTable table, string column, string? file) =>
        table.TryGetColumn(column, out var c)
            ? c
            : throw new ConfigurationException(file, KeyPath, $"unknown column '{column}'",
                $"use one of the customer table's columns: {string.Join(", ", table.Columns.Select(x => x.Name))}");
}
