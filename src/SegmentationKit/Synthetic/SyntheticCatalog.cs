namespace SegmentationKit.Synthetic;

/// <summary>The fixed reference lists the generator draws from: countries and their world region,
/// industry mix, and the price list and module count of each plan.</summary>
internal static class SyntheticCatalog
{
    /// <summary>Country, world region and weight in the base (a French vendor selling mostly in Europe).</summary>
    public static readonly (string Country, string Region, double Weight)[] Countries =
    [
        ("France", "Europe", 0.30), ("Germany", "Europe", 0.10), ("United Kingdom", "Europe", 0.10),
        ("Spain", "Europe", 0.06), ("Italy", "Europe", 0.05), ("Belgium", "Europe", 0.04),
        ("Netherlands", "Europe", 0.04), ("Switzerland", "Europe", 0.03),
        ("United States", "North America", 0.12), ("Canada", "North America", 0.03),
        ("Brazil", "Latin America", 0.03), ("Mexico", "Latin America", 0.02),
        ("Japan", "Asia-Pacific", 0.02), ("Singapore", "Asia-Pacific", 0.02), ("Australia", "Asia-Pacific", 0.04),
    ];

    public static readonly double[] CountryWeights = Countries.Select(c => c.Weight).ToArray();

    /// <summary>Weights of <see cref="Data.CustomerColumns.Industries"/>, in that order.</summary>
    public static readonly double[] IndustryWeights = [0.12, 0.18, 0.10, 0.10, 0.25, 0.15, 0.10];

    /// <summary>List price per seat per month, currency units, by plan level.</summary>
    public static readonly double[] SeatPricePerMonth = [0, 12, 25, 45, 75];

    /// <summary>Yearly platform fee, currency units, by plan level.</summary>
    public static readonly double[] PlatformFeePerYear = [0, 0, 600, 2400, 12000];

    /// <summary>Modules the plan gives access to.</summary>
    public static readonly int[] ModulesAvailable = [2, 4, 6, 9, 12];

    /// <summary>Chance of annual (rather than monthly) billing by plan level.</summary>
    public static readonly double[] AnnualBillingChance = [0, 0.15, 0.4, 0.7, 0.95];

    /// <summary>Weights of module complexity 1, 2, 3 by plan level.</summary>
    public static readonly double[][] ComplexityWeights =
    [
        [0.9, 0.1, 0.0], [0.7, 0.25, 0.05], [0.35, 0.45, 0.2], [0.15, 0.45, 0.4], [0.05, 0.35, 0.6],
    ];

    /// <summary>Free plan seat limit.</summary>
    public const int FreemiumSeatLimit = 3;

    /// <summary>Shift of each survey need's mean score by industry (rows in industry order).</summary>
    public static readonly double[][] NeedShiftByIndustry =
    [
        [0.2, 0.0, 0.2, 0.0, 1.0, 0.3, -0.2],  // Banking-Insurance
        [0.0, 0.2, 0.2, 0.0, 0.0, 0.4, 0.7],   // Retail
        [0.0, 0.2, 0.0, 0.0, 0.4, 0.0, 0.5],   // Food
        [0.2, 0.0, 0.2, 0.4, -0.2, 0.6, 0.3],  // Media
        [0.2, 0.2, 0.0, 0.4, 0.0, 0.2, 0.4],   // Services
        [0.0, 0.6, 0.5, 0.0, 0.2, 0.2, -0.2],  // Industry
        [0.3, -0.2, 0.0, 0.0, 0.9, 0.0, -0.3], // Public
    ];
}
