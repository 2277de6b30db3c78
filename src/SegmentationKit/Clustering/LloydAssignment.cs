using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>Lloyd's assignment: every row against every centre.</summary>
internal sealed class LloydAssignment(FeatureMatrix x, int k) : IAssignmentStep
{
    public void Prepare(double[] centres) { }

    public void Assign(double[] centres, int[] labels, double[] distances, int start, int end) =>
        LloydSteps.Assign(x, centres, k, labels, distances, start, end);

    // Assign already left the exact distances.
    public void ExactDistances(double[] centres, int[] labels, double[] distances) { }

    public void Forget(IEnumerable<int> rows) { }

    public void Moved(double[] before, double[] after, int[] labels) { }
}
