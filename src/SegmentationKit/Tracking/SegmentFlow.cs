namespace SegmentationKit.Tracking;

/// <summary>What happened to one segment between two snapshots, in customers present (signed up and
/// not churned) at the dates.</summary>
/// <param name="AtFrom">Present in the segment at the earlier date (= Stayed + OutToOthers + Left).</param>
/// <param name="AtTo">Present in the segment at the later date (= Stayed + InFromOthers + Entered).</param>
/// <param name="Stayed">In the segment at both dates.</param>
/// <param name="InFromOthers">Came from another segment.</param>
/// <param name="Entered">New: not present at the earlier date.</param>
/// <param name="OutToOthers">Moved to another segment.</param>
/// <param name="Left">Churned or gone by the later date.</param>
public sealed record SegmentFlow(string SegmentId, string Name, int AtFrom, int AtTo, int Stayed, int InFromOthers, int Entered, int OutToOthers, int Left)
{
    /// <summary>Share 0–1 of the segment's customers at the earlier date still in it at the later; NaN when it had none.</summary>
    public double StayedShare => AtFrom == 0 ? double.NaN : (double)Stayed / AtFrom;
}
