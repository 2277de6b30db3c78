using SegmentationKit.Errors;

namespace SegmentationKit.Clustering;

/// <summary>Options of agglomerative Ward clustering.</summary>
public sealed record WardOptions
{
    /// <summary>Default row limit. The nearest-neighbour chain keeps only cluster centroids (memory
    /// O(n·d)) but its time grows as n²·d: about a second for 10,000 rows of 8 columns here, four
    /// times that for 20,000. A distance-matrix implementation would need n²/2 float64 values —
    /// 1.6 GB at 20,000 rows — which is the memory this approach avoids.</summary>
    public const int DefaultMaxRows = 20_000;

    private readonly int _clusters = 2;
    private readonly int _maxRows = DefaultMaxRows;

    /// <summary>Number of clusters the tree is cut into, at least 1.</summary>
    public int Clusters
    {
        get => _clusters;
        init => _clusters = value >= 1 ? value : throw new ConfigurationException(null, "clusters", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Largest number of rows accepted (see <see cref="DefaultMaxRows"/>); raise it knowingly.</summary>
    public int MaxRows
    {
        get => _maxRows;
        init => _maxRows = value >= 2 ? value : throw new ConfigurationException(null, "max_rows", $"must be at least 2; got {value}", "give 2 or more");
    }
}
