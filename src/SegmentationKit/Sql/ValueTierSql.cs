using SegmentationKit.Segmenters.ValueTiers;

namespace SegmentationKit.Sql;

/// <summary>Value tiers in SQL: the first tier whose threshold the value reaches (value ≥ threshold),
/// else the last tier; a missing value is "no_value". Plan tiers compare the plan text; a plan the
/// model does not list gives a NULL segment (the in-process model stops with an error there).</summary>
public sealed class ValueTierSql : IModelSqlTranslator
{
    public bool CanTranslate(ISegmentationModel model) => model is ValueTierModel;

    public string Query(ISegmentationModel model, SqlContext c)
    {
        var m = (ValueTierModel)model;
        var ids = m.Catalog().Select(s => s.Id).ToArray();
        var column = c.Id(m.Column);
        var whens = new List<string> { $"    WHEN {column} IS NULL THEN {c.Text(ValueTierModel.NoValue.Id)}" };
        if (m.Mode == ValueTierMode.Plan)
        {
            for (var j = 0; j < m.Tiers.Count; j++)
                whens.Add($"    WHEN CAST({column} AS {SqlTypes.Text(c.Dialect)}) = {c.Text(m.Tiers[j])} THEN {c.Text(ids[j])}");
        }
        else
        {
            var value = c.AsDouble(column);
            for (var j = 0; j < m.Thresholds.Count; j++)
                whens.Add($"    WHEN {value} >= {c.Number(m.Thresholds[j])} THEN {c.Text(ids[j])}");
            whens.Add($"    ELSE {c.Text(ids[m.Thresholds.Count])}");
        }
        return $"SELECT {c.CustomerId},\n  CASE\n{string.Join("\n", whens)}\n  END AS {c.Id("segment_id")}\nFROM {c.Table(c.Tables.Customers)}";
    }
}
