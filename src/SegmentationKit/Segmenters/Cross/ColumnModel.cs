using SegmentationKit.Errors;

namespace SegmentationKit.Segmenters.Cross;

/// <summary>The fitted values of a <see cref="ColumnSegmenter"/>. A value not seen when fitting is
/// an error (refit to include it), never a silent "unknown".</summary>
public sealed class ColumnModel : ISegmentationModel
{
    public ColumnModel(string column, IReadOnlyList<string> levels)
    {
        Column = column;
        Levels = levels.ToArray();
        // "unknown" is taken by missing values, so a level called "Unknown" becomes "unknown_".
        var ids = new HashSet<string>(StringComparer.Ordinal) { UnknownId };
        Catalog = Levels.Select(l =>
            {
                var id = SegmentIds.FromName(l);
                while (!ids.Add(id)) id += "_";
                return new SegmentDefinition(id, l, $"Customers with {column} = {l}.", $"{column} = {l}");
            })
            .Append(new SegmentDefinition(UnknownId, $"Unknown {column}", $"Customers whose {column} is missing.", $"{column} missing"))
            .ToList();
    }

    public const string UnknownId = "unknown";

    public string Method => "column";
    public string Column { get; }
    public IReadOnlyList<string> Levels { get; }
    public IReadOnlyList<SegmentDefinition> Catalog { get; }

    public Segmentation Assign(SegmentationData data)
    {
        var col = data.Customers.Categorical(Column);
        var map = col.Levels.Select(l =>
        {
            var k = Array.IndexOf(Levels.ToArray(), l);
            return k >= 0 ? Catalog[k].Id
                : throw new DataValidationException(data.Customers.Source, null, Column, l, "a value not seen when the segmentation was fitted",
                    "refit the segmentation on data that includes it");
        }).ToArray();
        var segments = new string[col.Length];
        for (var i = 0; i < segments.Length; i++) segments[i] = col.Codes[i] < 0 ? UnknownId : map[col.Codes[i]];
        return new Segmentation(Method, new Dictionary<string, string> { ["column"] = Column }, data.AsOf, Catalog, data.Customers.CustomerIds, segments);
    }
}
