namespace SegmentationKit.Segmenters.Rfm;

/// <summary>One row of an RFM segment table: a customer whose scores fall in all three ranges is in
/// the segment (first matching row wins).</summary>
/// <param name="M">Null when the table ignores monetary (the R × F grid).</param>
public sealed record RfmSegmentRule(string Id, string Name, string Description, RfmScoreRange R, RfmScoreRange F, RfmScoreRange? M)
{
    public bool Matches(int r, int f, int m) => R.Contains(r) && F.Contains(f) && (M is not { } mm || mm.Contains(m));

    /// <summary>Readable definition, e.g. "R 3–5, F 3–5, M 2–5".</summary>
    public string Definition => M is { } m ? $"R {R}, F {F}, M {m}" : $"R {R}, F {F}";
}
