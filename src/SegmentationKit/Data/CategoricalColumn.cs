namespace SegmentationKit.Data;

/// <summary>Text categories stored as codes into <see cref="Levels"/>; code -1 marks a missing value.
/// Levels keep the order of first appearance unless given.</summary>
public sealed class CategoricalColumn : Column
{
    private readonly int[] _codes;
    private readonly string[] _levels;

    public CategoricalColumn(string name, int[] codes, string[] levels) : base(name)
    {
        _codes = codes;
        _levels = levels;
    }

    /// <summary>Builds codes from raw strings; null or empty strings are missing.</summary>
    public static CategoricalColumn FromValues(string name, IReadOnlyList<string?> values)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var levels = new List<string>();
        var codes = new int[values.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            var v = values[i];
            if (string.IsNullOrEmpty(v)) { codes[i] = -1; continue; }
            if (!index.TryGetValue(v, out var code))
            {
                code = levels.Count;
                index.Add(v, code);
                levels.Add(v);
            }
            codes[i] = code;
        }
        return new CategoricalColumn(name, codes, levels.ToArray());
    }

    public override ColumnKind Kind => ColumnKind.Categorical;
    public override int Length => _codes.Length;
    public IReadOnlyList<string> Levels => _levels;
    public ReadOnlySpan<int> Codes => _codes;
    public string? this[int row] => _codes[row] < 0 ? null : _levels[_codes[row]];
    public override bool IsMissing(int row) => _codes[row] < 0;
    public override string? FormatInvariant(int row) => this[row];

    public override Column Select(IReadOnlyList<int> rows)
    {
        var c = new int[rows.Count];
        for (var i = 0; i < c.Length; i++) c[i] = _codes[rows[i]];
        return new CategoricalColumn(Name, c, _levels);
    }
}
