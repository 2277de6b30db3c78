namespace SegmentationKit.Segmenters.Rules;

/// <summary>Collects the bands of one column for <see cref="RuleSetBuilder.Bands"/>.</summary>
public sealed class BandListBuilder
{
    private readonly string _column;
    private readonly string _path;

    internal BandListBuilder(string column, string path)
    {
        _column = column;
        _path = path;
    }

    internal List<Band> Bands { get; } = new();

    /// <summary>A band min ≤ value &lt; below; a null bound is open ("1000+" is <c>Band("1000+", 1000, null)</c>).</summary>
    public BandListBuilder Band(string name, double? min, double? below, string? description = null, string? id = null)
    {
        var range = new NumericRangeCondition(_column, min, min is not null, below, false) { KeyPath = $"{_path}.bands[{Bands.Count}]" };
        Bands.Add(new Band(id ?? SegmentIds.FromName($"{_column} {name}"), name, description ?? "", range));
        return this;
    }
}
