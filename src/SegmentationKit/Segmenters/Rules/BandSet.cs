using System.Globalization;
using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Rules;

/// <summary>Numeric bands of one column (e.g. employees 1–49, 50–249, 250–999, 1000+) that become
/// one rule each, after the set's other rules. When <see cref="Exhaustive"/>, consecutive bands must
/// meet exactly: no overlap and no gap between the lowest and the highest band.</summary>
public sealed record BandSet(string Column, bool Exhaustive, IReadOnlyList<Band> Bands)
{
    /// <summary>Key path of the band set in its file, for messages.</summary>
    public string KeyPath { get; init; } = "bands";

    /// <summary>Throws a <see cref="ConfigurationException"/> naming the two bands that overlap or
    /// leave a gap.</summary>
    public void CheckCoverage(string? file)
    {
        if (!Exhaustive || Bands.Count < 2) return;
        var ordered = Bands.OrderBy(b => b.Range.Lower ?? double.NegativeInfinity).ThenBy(b => b.Range.LowerInclusive ? 0 : 1).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (a, b) = (ordered[i - 1], ordered[i]);
            var aUpper = a.Range.Upper ?? double.PositiveInfinity;
            var bLower = b.Range.Lower ?? double.NegativeInfinity;
            string? problem = null;
            if (aUpper > bLower || (aUpper == bLower && a.Range.UpperInclusive && b.Range.LowerInclusive))
                problem = $"bands '{a.Name}' ({a.Range.Describe()}) and '{b.Name}' ({b.Range.Describe()}) overlap";
            else if (aUpper < bLower || (aUpper == bLower && !a.Range.UpperInclusive && !b.Range.LowerInclusive))
                problem = $"bands '{a.Name}' ({a.Range.Describe()}) and '{b.Name}' ({b.Range.Describe()}) leave a gap: {Column} from {F(aUpper)} to {F(bLower)} falls in no band";
            if (problem is not null)
                throw new ConfigurationException(file, b.Range.KeyPath.Length > 0 ? b.Range.KeyPath : KeyPath, problem,
                    "make each band start where the previous one stops, e.g. 'below: 50' then 'min: 50'");
        }
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
