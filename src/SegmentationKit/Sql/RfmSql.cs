using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Rfm;

namespace SegmentationKit.Sql;

/// <summary>RFM in SQL: the purchase aggregates at the run's as-of date (orders after it ignored,
/// recency from the last order ever, frequency and monetary within the window), the fitted cut
/// points (score = 1 + number of cuts ≤ value; recency reversed) and the segment table, first
/// matching row wins. Customers with no order in the window are "no_purchase", as in
/// <see cref="RfmModel.Assign(SegmentationData)"/>.</summary>
public sealed class RfmSql : IModelSqlTranslator
{
    public bool CanTranslate(ISegmentationModel model) => model is RfmModel;

    public string Query(ISegmentationModel model, SqlContext c)
    {
        var m = (RfmModel)model;
        var asOf = c.AsOf ?? throw new ModelException("the RFM run has no as-of date, so recency cannot be measured", "run segkit segment --method rfm again (it records the as-of date)");
        var date = SqlTypes.CastDate(c.Id(TransactionColumns.Date));
        var amount = c.AsDouble(c.Id(TransactionColumns.Amount));
        var asOfLiteral = SqlLiteral.Date(asOf);
        var inWindow = m.WindowDays is { } w
            ? $"{c.Id("order_date")} >= {SqlLiteral.Date(asOf.AddDays(-w + 1))}"
            : "1 = 1";
        var id = c.CustomerId;
        string Q(string name) => c.Id(name);
        var orders = $"SELECT {id}, {date} AS {Q("order_date")}, {amount} AS {Q("amount")}\nFROM {c.Table(c.Tables.Transactions)}\nWHERE {date} <= {asOfLiteral}";
        var totals =
            $"SELECT {id},\n" +
            $"  MAX({Q("order_date")}) AS {Q("last_order")},\n" +
            $"  SUM(CASE WHEN {inWindow} THEN 1 ELSE 0 END) AS {Q("frequency")},\n" +
            $"  SUM(CASE WHEN {inWindow} THEN {Q("amount")} END) AS {Q("total")}\n" +
            $"FROM (\n{orders}\n) AS {Q("orders")}\nGROUP BY {id}";
        var total = $"{Q("t")}.{Q("total")}";
        var monetary = m.Monetary == MonetaryMeasure.Mean ? $"{total} / {c.AsDouble($"{Q("t")}.{Q("frequency")}")}" : total;
        var measures =
            $"SELECT {Q("k")}.{id},\n" +
            $"  COALESCE({Q("t")}.{Q("frequency")}, 0) AS {Q("frequency")},\n" +
            $"  {c.AsDouble(SqlTypes.DaysBetween(c.Dialect, $"{Q("t")}.{Q("last_order")}", asOfLiteral))} AS {Q("recency_days")},\n" +
            $"  {c.AsDouble($"{Q("t")}.{Q("frequency")}")} AS {Q("frequency_value")},\n" +
            $"  CASE WHEN {Q("t")}.{Q("frequency")} > 0 THEN {monetary} END AS {Q("monetary")}\n" +
            $"FROM {c.Table(c.Tables.Customers)} AS {Q("k")}\nLEFT JOIN (\n{totals}\n) AS {Q("t")} ON {Q("t")}.{id} = {Q("k")}.{id}";
        var scores =
            $"SELECT {id}, {Q("frequency")},\n" +
            $"  {Score(m.Recency, Q("recency_days"), c)} AS {Q("r")},\n" +
            $"  {Score(m.Frequency, Q("frequency_value"), c)} AS {Q("f")},\n" +
            $"  {Score(m.MonetaryScale, Q("monetary"), c)} AS {Q("m")}\n" +
            $"FROM (\n{measures}\n) AS {Q("measures")}";
        var cases = string.Join("\n", m.Table.Rules.Select(rule =>
            $"    WHEN {Range(Q("r"), rule.R)} AND {Range(Q("f"), rule.F)}{(rule.M is { } mr ? " AND " + Range(Q("m"), mr) : "")} THEN {c.Text(rule.Id)}"));
        return
            $"SELECT {id},\n" +
            $"  CASE\n    WHEN {Q("frequency")} = 0 THEN {c.Text(RfmSegmentTable.NoPurchase.Id)}\n{cases}\n    ELSE {c.Text(RfmSegmentTable.Others.Id)}\n  END AS {Q("segment_id")}\n" +
            $"FROM (\n{scores}\n) AS {Q("scores")}";
    }

    /// <summary>1 + the number of cuts ≤ x (recency: bins − that number), as RfmScale.Score.</summary>
    private static string Score(RfmScale scale, string x, SqlContext c)
    {
        var below = scale.Cuts.Count == 0 ? "0" : string.Join(" + ", scale.Cuts.Select(cut => $"CASE WHEN {c.Number(cut)} <= {x} THEN 1 ELSE 0 END"));
        return scale.Reversed ? $"{scale.Bins} - ({below})" : $"1 + ({below})";
    }

    private static string Range(string score, RfmScoreRange range) => $"{score} BETWEEN {range.Min} AND {range.Max}";
}
