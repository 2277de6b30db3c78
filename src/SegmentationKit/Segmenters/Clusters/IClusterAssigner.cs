using System.Text.Json;
using SegmentationKit.Features;

namespace SegmentationKit.Segmenters.Clusters;

/// <summary>A fitted clustering algorithm as a segmentation model uses it: labels for new rows and,
/// when the algorithm has them, membership probabilities.</summary>
internal interface IClusterAssigner
{
    /// <summary>Labels 0 … k−1; <paramref name="probability"/> is the probability of the assigned cluster, or null.</summary>
    int[] Assign(FeatureMatrix numeric, CategoricalMatrix? categorical, out double[]? probability);

    /// <summary>Fit results worth recording with the segmentation (log-likelihood, BIC, inertia…), invariant text.</summary>
    IReadOnlyDictionary<string, string> Results { get; }

    JsonElement ToJsonElement();
}
