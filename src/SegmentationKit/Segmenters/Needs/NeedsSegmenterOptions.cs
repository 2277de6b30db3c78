using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Segmenters.Needs;

/// <summary>Options of <see cref="NeedsSegmenter"/>.</summary>
public sealed record NeedsSegmenterOptions
{
    private readonly int _clusters = 4;
    private readonly int _restarts = 5;
    private readonly int _topNeeds = 2;
    private readonly ClusterAlgorithm _algorithm = ClusterAlgorithm.GaussianMixture;

    /// <summary>Number of needs segments among respondents (the "No answer" segment comes on top), at least 1.</summary>
    public int Clusters
    {
        get => _clusters;
        init => _clusters = value >= 1 ? value : throw new ConfigurationException(null, "clusters", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    /// <summary>Survey columns; null uses every numeric column whose name starts with <c>need_</c>.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    public NoAnswerPolicy NoAnswer { get; init; } = NoAnswerPolicy.Segment;

    /// <summary>Gaussian mixture (default) or Ward, on the raw scores (all needs share the 1–5 scale,
    /// so they are not rescaled: a need everyone rates alike should not weigh as much as one that divides).</summary>
    public ClusterAlgorithm Algorithm
    {
        get => _algorithm;
        init => _algorithm = value != ClusterAlgorithm.KPrototypes ? value
            : throw new ConfigurationException(null, "algorithm", "k-prototypes is for mixed numeric and categorical data; needs scores are numeric", "use gmm or ward");
    }

    /// <summary>How many needs name a segment ("Needs: reporting, integrations"), at least 1.</summary>
    public int TopNeeds
    {
        get => _topNeeds;
        init => _topNeeds = value >= 1 ? value : throw new ConfigurationException(null, "top_needs", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    public int Restarts
    {
        get => _restarts;
        init => _restarts = value >= 1 ? value : throw new ConfigurationException(null, "restarts", $"must be at least 1; got {value}", "give a whole number of 1 or more");
    }

    public int Seed { get; init; } = 42;
}
