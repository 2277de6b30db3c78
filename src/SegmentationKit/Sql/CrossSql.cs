using SegmentationKit.Segmenters.Cross;

namespace SegmentationKit.Sql;

/// <summary>A crossed segmentation in SQL: each part compiled on its own, joined on customer_id,
/// and each combination of the parts' segments mapped to its final segment (merges included) as
/// the fitted <see cref="CrossModel.CellTargets"/> say.</summary>
public sealed class CrossSql : IModelSqlTranslator
{
    public bool CanTranslate(ISegmentationModel model) => model is CrossModel;

    public string Query(ISegmentationModel model, SqlContext c)
    {
        var m = (CrossModel)model;
        string Part(int k) => c.Id($"part{k + 1}");
        // Each part once, as a named subquery: PostgreSQL materialises it (otherwise its planner may
        // rerun an RFM aggregate per customer of a nested-loop join); the others decide for themselves.
        var materialized = c.Dialect == SqlDialect.Postgres ? " MATERIALIZED" : "";
        var with = string.Join(",\n", m.Parts.Select((p, k) => $"{Part(k)} AS{materialized} (\n{ModelSqlTranslators.For(p).Query(p, c)}\n)"));
        var from = Part(0);
        for (var k = 1; k < m.Parts.Count; k++)
            from += $"\nJOIN {Part(k)} ON {Part(k)}.{c.CustomerId} = {Part(0)}.{c.CustomerId}";
        // Cell ids join the parts' ids with "."; the parts' catalogs give the ids of each cell.
        var catalogs = m.Parts.Select(PartIds).ToArray();
        var whens = new List<string>();
        foreach (var cell in Cells(catalogs))
            if (m.CellTargets.TryGetValue(string.Join(".", cell), out var target))
                whens.Add($"    WHEN {string.Join(" AND ", cell.Select((id, k) => $"{Part(k)}.{c.Id("segment_id")} = {c.Text(id)}"))} THEN {c.Text(target)}");
        return $"WITH {with}\nSELECT {Part(0)}.{c.CustomerId},\n  CASE\n{string.Join("\n", whens)}\n  END AS {c.Id("segment_id")}\nFROM {from}";
    }

    /// <summary>Every combination of the parts' segment ids, first part slowest.</summary>
    private static IEnumerable<string[]> Cells(IReadOnlyList<string>[] catalogs)
    {
        IEnumerable<string[]> cells = [[]];
        foreach (var catalog in catalogs)
            cells = cells.SelectMany(cell => catalog.Select(id => cell.Append(id).ToArray())).ToList();
        return cells;
    }

    private static IReadOnlyList<string> PartIds(ISegmentationModel part) => part switch
    {
        ColumnModel column => column.Catalog.Select(s => s.Id).ToArray(),
        Segmenters.ValueTiers.ValueTierModel value => value.Catalog().Select(s => s.Id).ToArray(),
        Segmenters.Rules.RulesModel rules => rules.Rules.Catalog().Select(s => s.Id).ToArray(),
        Segmenters.Rfm.RfmModel rfm => rfm.Table.Catalog().Select(s => s.Id).ToArray(),
        Segmenters.MaturityPotential.MaturityPotentialModel maturity => maturity.Options.Coverage.Rules.Select(r => r.Id).ToArray(),
        Segmenters.Lifecycle.LifecycleModel lifecycle => lifecycle.Catalog().Select(s => s.Id).ToArray(),
        _ => throw new Errors.ModelException($"a {part.Method} part of a crossed segmentation cannot be compiled to SQL", "cross rules, rfm, value, maturity, lifecycle or column parts"),
    };
}
