using SegmentationKit.Segmenters.Cross;

namespace SegmentationKit.Sql;

/// <summary>A column part of a crossed segmentation in SQL: one segment per fitted value, "unknown"
/// for a missing one. A value not seen when fitting gives a NULL segment (in process it is an error).</summary>
public sealed class ColumnSql : IModelSqlTranslator
{
    public bool CanTranslate(ISegmentationModel model) => model is ColumnModel;

    public string Query(ISegmentationModel model, SqlContext c)
    {
        var m = (ColumnModel)model;
        var column = c.Id(m.Column);
        var text = $"CAST({column} AS {SqlTypes.Text(c.Dialect)})";
        var whens = m.Levels.Select((level, k) => $"    WHEN {text} = {c.Text(level)} THEN {c.Text(m.Catalog[k].Id)}");
        return $"SELECT {c.CustomerId},\n  CASE\n    WHEN {column} IS NULL THEN {c.Text(ColumnModel.UnknownId)}\n{string.Join("\n", whens)}\n  END AS {c.Id("segment_id")}\nFROM {c.Table(c.Tables.Customers)}";
    }
}
