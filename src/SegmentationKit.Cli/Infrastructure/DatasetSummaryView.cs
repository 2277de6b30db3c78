using System.Globalization;
using SegmentationKit.Data;
using Spectre.Console;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>Renders a <see cref="DatasetSummary"/> as Spectre.Console tables. Computes nothing:
/// every figure comes from the summary.</summary>
public static class DatasetSummaryView
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(IAnsiConsole console, DatasetSummary summary)
    {
        var figures = new Table { Title = new TableTitle("Customer base") }
            .AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        figures.AddRow("customers file", Markup.Escape(summary.CustomersFile));
        figures.AddRow("customers", Count(summary.CustomerCount));
        figures.AddRow("columns", Count(summary.Columns.Count));
        if (summary.TotalArr is { } arr) figures.AddRow("total ARR (per year)", Amount(arr));
        if (summary.TotalMrr is { } mrr) figures.AddRow("total MRR (per month)", Amount(mrr));
        if (summary.ChurnRate is { } rate) figures.AddRow("churn rate", $"{Percent(rate)} ({Count(summary.ChurnedCount ?? 0)} churned)");
        if (summary.Transactions is { } t)
        {
            figures.AddRow("transactions file", Markup.Escape(t.File));
            figures.AddRow("transactions", Count(t.Count));
            figures.AddRow("customers with transactions", Count(t.Customers));
            if (t.CustomersWithoutTransactions is { } none) figures.AddRow("customers without transactions", Count(none));
            figures.AddRow("total amount", Amount(t.TotalAmount));
            figures.AddRow("transaction dates", t.FirstDate is null ? "-" : $"{Date(t.FirstDate)} to {Date(t.LastDate)}");
        }
        console.Write(figures);
        console.WriteLine();
        console.Write(ColumnsTable("Customer columns", summary.Columns));
        if (summary.Transactions is { } log)
        {
            console.WriteLine();
            console.Write(ColumnsTable("Transaction columns", log.Columns));
        }
    }

    private static Table ColumnsTable(string title, IReadOnlyList<ColumnSummary> columns)
    {
        var table = new Table { Title = new TableTitle(title) }
            .AddColumn("column").AddColumn("kind").AddColumn(new TableColumn("missing").RightAligned())
            .AddColumn(new TableColumn("min").RightAligned()).AddColumn(new TableColumn("median").RightAligned())
            .AddColumn(new TableColumn("max").RightAligned()).AddColumn("top values");
        foreach (var c in columns)
        {
            string min = "", median = "", max = "", top = "";
            switch (c.Kind)
            {
                case "numeric":
                    (min, median, max) = (Number(c.Min), Number(c.Median), Number(c.Max));
                    break;
                case "date":
                    (min, median, max) = (Date(c.FirstDate), Date(c.MedianDate), Date(c.LastDate));
                    break;
                case "id":
                    top = $"{Count(c.Distinct ?? 0)} distinct";
                    break;
                default:
                    top = $"{Count(c.Distinct ?? 0)} distinct: " +
                          string.Join(", ", (c.TopValues ?? []).Take(3).Select(v => $"{v.Value} {Percent(v.Share)}"));
                    break;
            }
            table.AddRow(Markup.Escape(c.Name), c.Kind, Percent(c.MissingShare), min, median, max, Markup.Escape(top));
        }
        return table;
    }

    private static string Count(int n) => n.ToString("#,##0", Invariant);
    private static string Amount(double x) => x.ToString("#,##0.##", Invariant);
    private static string Number(double? x) => x is { } v ? v.ToString("#,##0.###", Invariant) : "-";
    private static string Percent(double share) => (share * 100).ToString("0.#", Invariant) + "%";
    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", Invariant) ?? "-";
}
