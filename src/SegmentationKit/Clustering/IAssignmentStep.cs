namespace SegmentationKit.Clustering;

/// <summary>The nearest-centre step of a k-means iteration. The Lloyd loop around it (centre sums in
/// chunk order, empty-cluster re-seeding, convergence) is the same for every algorithm.</summary>
internal interface IAssignmentStep
{
    /// <summary>Called once per iteration before <see cref="Assign"/>, with the centres it will use.</summary>
    void Prepare(double[] centres);

    /// <summary>Labels of rows start..end−1 against <paramref name="centres"/>; thread-safe across disjoint ranges.</summary>
    void Assign(double[] centres, int[] labels, double[] distances, int start, int end);

    /// <summary>Fills <paramref name="distances"/> with every row's exact squared distance to its centre
    /// (the farthest rows re-seed an emptied cluster).</summary>
    void ExactDistances(double[] centres, int[] labels, double[] distances);

    /// <summary>Rows moved into emptied clusters: whatever the step remembers about them is void.</summary>
    void Forget(IEnumerable<int> rows);

    /// <summary>The centres moved from <paramref name="before"/> to <paramref name="after"/>; rows keep <paramref name="labels"/>.</summary>
    void Moved(double[] before, double[] after, int[] labels);
}
