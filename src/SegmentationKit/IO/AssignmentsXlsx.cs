using System.IO.Compression;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using SegmentationKit.Errors;
using SegmentationKit.Profiling;

namespace SegmentationKit.IO;

/// <summary>Writes <c>assignments.xlsx</c> (MiniExcel) for people who open results in Excel: a sheet
/// <c>assignments</c> with the columns of <see cref="AssignmentsCsv"/>, and a sheet <c>segments</c>
/// with one row per segment and the base: size, share and the main KPIs of the profile. Numbers are
/// number cells; text cells get the protection of <see cref="SpreadsheetCsv.Neutralise"/>, so an id
/// like <c>=HYPERLINK(…)</c> stays text even when someone edits the cell. Zip entries carry a fixed
/// date, so the same run gives the same bytes.</summary>
public static partial class AssignmentsXlsx
{
    /// <summary>The most customers one sheet holds: Excel's 1,048,576 rows minus the header.</summary>
    public const int MaxCustomers = 1_048_575;

    public const string AssignmentsSheet = "assignments";
    public const string SegmentsSheet = "segments";

    private static readonly DateTimeOffset FixedDate = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Throws a <see cref="ModelException"/> when the customers do not fit one sheet.</summary>
    public static void CheckFits(int customers)
    {
        if (customers > MaxCustomers)
            throw new ModelException(
                $"{customers:N0} customers do not fit one Excel sheet (at most {MaxCustomers:N0} rows). Fix: leave out --xlsx and open assignments.csv instead");
    }

    /// <param name="measures">As <see cref="AssignmentsCsv.Write"/>.</param>
    /// <param name="profile">The segmentation's profile, for the KPI columns of the segments sheet;
    /// null: size and share only.</param>
    public static void Write(string path, Segmentation segmentation, IReadOnlyList<string>? measures, PortfolioProfile? profile)
    {
        CheckFits(segmentation.CustomerCount);
        var (names, columns) = AssignmentsCsv.Measures(segmentation, measures);
        var nameOf = segmentation.Segments.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        IEnumerable<IDictionary<string, object?>> Assignments()
        {
            for (var i = 0; i < segmentation.CustomerCount; i++)
            {
                var segment = segmentation.SegmentIds[i];
                var row = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["customer_id"] = Text(segmentation.CustomerIds[i]),
                    ["segment_id"] = Text(segment),
                    ["segment_name"] = Text(nameOf[segment]),
                };
                for (var m = 0; m < names.Count; m++) row[Text(names[m])!] = Number(columns[m][i]);
                yield return row;
            }
        }
        var sheets = new Dictionary<string, object>
        {
            [AssignmentsSheet] = Assignments(),
            [SegmentsSheet] = Segments(segmentation, profile),
        };
        MiniExcel.SaveAs(path, sheets, printHeader: true, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { TableStyles = TableStyles.None, AutoFilter = true, FastMode = true }, overwriteFile: true);
        MakeDeterministic(path);
    }

    private static List<IDictionary<string, object?>> Segments(Segmentation segmentation, PortfolioProfile? profile)
    {
        var sizes = segmentation.Sizes();
        var total = segmentation.CustomerCount;
        var rows = new List<IDictionary<string, object?>>();
        for (var i = 0; i < segmentation.Segments.Count; i++)
        {
            var s = segmentation.Segments[i];
            var p = profile?.Segments.FirstOrDefault(x => x.SegmentId == s.Id);
            rows.Add(SegmentRow(s.Id, s.Name, sizes[i], total == 0 ? 0 : (double)sizes[i] / total, p, profile is not null));
        }
        if (profile is not null) rows.Add(SegmentRow(PortfolioProfile.BaseId, profile.Base.Name, total, 1, profile.Base, true));
        return rows;
    }

    private static Dictionary<string, object?> SegmentRow(string id, string name, int customers, double share, SegmentProfile? p, bool withKpis)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["segment_id"] = Text(id),
            ["segment_name"] = Text(name),
            ["customers"] = customers,
            ["share_of_customers"] = Number(share),
        };
        if (!withKpis) return row;
        row["generated_name"] = Text(p?.Narrative.Name.En);
        // Recurring revenue of the customers active at the as-of date; churned customers' ARR apart.
        row["active_customers"] = p?.Value.ActiveCustomers;
        row["active_arr_total"] = Number(p?.Value.Arr?.Sum);
        row["active_arr_share"] = Number(p?.Value.Arr?.ShareOfBase);
        row["active_arr_mean"] = Number(p?.Value.Arr?.Mean);
        row["arr_lost_to_churn"] = Number(p?.Value.ArrLostToChurn?.Sum);
        row["arr_at_risk"] = Number(p?.Value.ArrAtRisk);
        row["active_mrr_total"] = Number(p?.Value.Mrr?.Sum);
        row["churn_rate"] = Number(p?.Health.ChurnRate?.Value);
        row["churn_vs_base"] = Number(p?.Health.ChurnRatioToBase);
        row["nps"] = Number(p?.Health.Nps?.NetPromoterScore);
        row["saas_clv_mean"] = Number(p?.Value.SaasClv?.Mean);
        row["transaction_revenue_total"] = Number(p?.Value.TransactionRevenue?.Sum);
        row["transactional_clv_mean"] = Number(p?.Value.TransactionalClv?.Mean);
        row["play"] = Text(p?.Play?.Name.En);
        return row;
    }

    private static string? Text(string? value) => value is null ? null : SpreadsheetCsv.Neutralise(value);

    /// <summary>A number cell; NaN is an empty cell and ±∞ text (a sheet has no infinite numbers).</summary>
    private static object? Number(double? value) => value switch
    {
        null => null,
        { } v when double.IsNaN(v) => null,
        { } v when double.IsFinite(v) => v,
        { } v => SpreadsheetCsv.Number(v),
    };

    /// <summary>MiniExcel names relationships with random GUIDs and the zip dates entries with the
    /// clock: numbered ids and a fixed date make two writes of the same run byte-identical.</summary>
    private static void MakeDeterministic(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.ToList())
        {
            if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
            {
                string text;
                using (var reader = new StreamReader(entry.Open(), System.Text.Encoding.UTF8)) text = reader.ReadToEnd();
                var fixedText = RandomId().Replace(text, m => ids.TryGetValue(m.Value, out var id) ? id : ids[m.Value] = $"rIdKit{ids.Count + 1}");
                if (fixedText != text)
                {
                    using var stream = entry.Open();
                    stream.SetLength(0);
                    using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(true));
                    writer.Write(fixedText.TrimStart('\uFEFF'));
                }
            }
            entry.LastWriteTime = FixedDate;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("R[0-9a-f]{32}")]
    private static partial System.Text.RegularExpressions.Regex RandomId();
}
