using System.Globalization;
using SegmentationKit.Errors;

namespace SegmentationKit.Synthetic;

/// <summary>What to generate. The output depends on <see cref="Customers"/>, <see cref="Seed"/> and
/// <see cref="AsOf"/> only — never on the thread count or today's date.</summary>
public sealed record SyntheticOptions
{
    /// <summary>Largest base the generator makes (the CSV files of 100 million customers are ~50 GB).</summary>
    public const int MaximumCustomers = 100_000_000;

    private readonly int _customers;
    private readonly int? _maxDegreeOfParallelism;
    private readonly DateOnly _asOf = SyntheticBase.DefaultAsOf;

    /// <summary>Number of customers, 1 to <see cref="MaximumCustomers"/>.</summary>
    public required int Customers
    {
        get => _customers;
        init => _customers = value is >= 1 and <= MaximumCustomers
            ? value
            : throw new ConfigurationException(null, "customers", $"must be between 1 and 100,000,000 (got {value})",
                "ask for at least 1 customer, e.g. --customers 5000");
    }

    /// <summary>Seed of every random draw; the same seed gives byte-identical files. Default 42.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>The date the base is observed at: nothing happens after it. Default
    /// <see cref="SyntheticBase.DefaultAsOf"/> (2026-06-30).</summary>
    public DateOnly AsOf
    {
        get => _asOf;
        init => _asOf = value.Year is >= 1910 and <= 9998
            ? value
            : throw new ConfigurationException(null, "as_of",
                string.Create(CultureInfo.InvariantCulture, $"must be a year between 1910 and 9998 (got {value:yyyy-MM-dd})"),
                "give a date such as 2026-06-30");
    }

    /// <summary>Threads used to generate; null uses every core. The output does not depend on it.</summary>
    public int? MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value is null or >= 1
            ? value
            : throw new ConfigurationException(null, "threads", $"must be at least 1 (got {value})", "leave it out to use every core");
    }

    internal int Threads => MaxDegreeOfParallelism ?? Environment.ProcessorCount;
}
