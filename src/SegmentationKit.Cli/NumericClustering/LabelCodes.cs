namespace SegmentationKit.Cli.NumericClustering;

/// <summary>Labels read as text, coded 0…k−1. Names sort as numbers when every label is a whole
/// number (so "10" follows "9"), else as text, so codes do not depend on the order rows come in.</summary>
public sealed record LabelCodes(int[] Codes, IReadOnlyList<string> Names)
{
    public int Count => Names.Count;

    public static LabelCodes Encode(IReadOnlyList<string> labels)
    {
        var distinct = labels.Distinct(StringComparer.Ordinal).ToList();
        var numeric = distinct.All(l => long.TryParse(l, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _));
        var names = numeric
            ? distinct.OrderBy(l => long.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
            : distinct.Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < names.Length; c++) index[names[c]] = c;
        return new LabelCodes(labels.Select(l => index[l]).ToArray(), names);
    }
}
