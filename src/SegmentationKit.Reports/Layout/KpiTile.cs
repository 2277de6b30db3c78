namespace SegmentationKit.Reports.Layout;

/// <summary>One headline number: a label, the value as the culture writes it, and a line of context.</summary>
/// <param name="Tone">-1 worse than the base, 0 neutral, +1 better: colours the context line.</param>
public sealed record KpiTile(string Label, string Value, string Detail, int Tone = 0);
