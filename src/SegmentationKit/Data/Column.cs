namespace SegmentationKit.Data;

/// <summary>One typed column of a <see cref="CustomerTable"/>. Missing values are explicit in every
/// kind (NaN, code -1, null) and are never turned into zero.</summary>
public abstract class Column
{
    protected Column(string name) => Name = name;

    public string Name { get; }
    public abstract ColumnKind Kind { get; }
    public abstract int Length { get; }
    public abstract bool IsMissing(int row);

    /// <summary>Number of rows with no value.</summary>
    public int MissingCount
    {
        get
        {
            var n = 0;
            for (var i = 0; i < Length; i++) if (IsMissing(i)) n++;
            return n;
        }
    }

    /// <summary>The value as invariant text (ISO dates, round-trip numbers), or null when missing.</summary>
    public abstract string? FormatInvariant(int row);

    /// <summary>A column of the same kind holding only the given rows, in that order.</summary>
    public abstract Column Select(IReadOnlyList<int> rows);
}
