using System.Globalization;
using System.Text;

namespace SegmentationKit.IO;

/// <summary>Writes <c>assignments.csv</c>: <c>customer_id,segment_id,segment_name</c> and chosen
/// per-customer measures, one row per customer in the segmentation's order. RFC 4180 quoting,
/// invariant numbers (round-trip form), an empty cell for a missing measure.</summary>
public static class AssignmentsCsv
{
    /// <param name="measures">Measure names to add as columns, in order; each must be in
    /// <see cref="Segmentation.CustomerMeasures"/>. Null: every measure, sorted by name.</param>
    public static void Write(string path, Segmentation segmentation, IReadOnlyList<string>? measures = null)
    {
        var names = measures ?? segmentation.CustomerMeasures.Keys.ToList();
        foreach (var m in names)
            if (!segmentation.CustomerMeasures.ContainsKey(m))
                throw new ArgumentException($"the segmentation has no measure '{m}'", nameof(measures));
        var columns = names.Select(m => segmentation.CustomerMeasures[m]).ToArray();
        var nameOf = segmentation.Segments.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine(string.Join(",", new[] { "customer_id", "segment_id", "segment_name" }.Concat(names).Select(Quote)));
        var sb = new StringBuilder();
        for (var i = 0; i < segmentation.CustomerCount; i++)
        {
            sb.Clear();
            var segment = segmentation.SegmentIds[i];
            sb.Append(Quote(segmentation.CustomerIds[i])).Append(',').Append(Quote(segment)).Append(',').Append(Quote(nameOf[segment]));
            foreach (var c in columns)
            {
                sb.Append(',');
                if (!double.IsNaN(c[i])) sb.Append(c[i].ToString("R", CultureInfo.InvariantCulture));
            }
            writer.WriteLine(sb);
        }
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
