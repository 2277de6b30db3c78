using System.Globalization;
using CsvHelper;
using SegmentationKit.Data;
using SegmentationKit.Errors;

namespace SegmentationKit.Retention;

/// <summary>Reads <c>cohort,period,active</c> files: per cohort, the number of customers still active
/// at the start of each period, period 0 being the cohort's starting count. Checks what the sBG
/// model assumes of such counts: every cohort starts at period 0, its periods follow one another
/// without a gap or a repeat, and its counts never increase (a cohort gains no one after it starts).</summary>
public static class CohortCountsCsv
{
    public const string CohortColumn = "cohort";
    public const string PeriodColumn = "period";
    public const string ActiveColumn = "active";

    public static IReadOnlyList<RenewalCounts> Read(string path)
    {
        var (reader, header) = HeaderedCsvFile.Open(path, "write a header: cohort,period,active");
        using var csv = reader;
        int Index(string name)
        {
            var i = Array.IndexOf(header, name);
            if (i < 0)
                throw new DataValidationException(path, 1, name, null, "required column is missing",
                    $"the header must be cohort,period,active; it has: {string.Join(", ", header)}");
            return i;
        }
        int cohortIndex = Index(CohortColumn), periodIndex = Index(PeriodColumn), activeIndex = Index(ActiveColumn);

        // Per cohort, in order of first appearance: the counts by period and the line of each.
        var cohorts = new List<(string Name, List<long> Active, List<long> Lines)>();
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            try
            {
                if (!csv.Read()) break;
            }
            catch (CsvFormatException e)
            {
                throw new DataValidationException(path, e.LineNumber > 0 ? e.LineNumber : null, null, null, $"malformed CSV: {e.Message}",
                    "close every quoted value with a quote");
            }
            var line = csv.LineNumber;
            if (csv.FieldCount != header.Length)
                throw new DataValidationException(path, line, null, null, $"the row has {csv.FieldCount} fields but the header has {header.Length}",
                    "check for a missing or extra comma on this line");
            string Cell(int i) => IO.SpreadsheetCsv.Restore(csv.GetString(i) ?? "");
            var name = Cell(cohortIndex);
            if (name.Length == 0)
                throw new DataValidationException(path, line, CohortColumn, null, "the cohort is empty", "name the cohort on every row, e.g. regular");
            var period = WholeNumber(Cell(periodIndex), path, line, PeriodColumn);
            var active = WholeNumber(Cell(activeIndex), path, line, ActiveColumn);
            if (!byName.TryGetValue(name, out var c))
            {
                byName[name] = c = cohorts.Count;
                cohorts.Add((name, [], []));
            }
            var (_, counts, lines) = cohorts[c];
            if (period != counts.Count)
                throw new DataValidationException(path, line, PeriodColumn, period.ToString(CultureInfo.InvariantCulture),
                    counts.Count == 0 ? $"cohort '{name}' does not start at period 0"
                    : period < counts.Count ? $"period {period} of cohort '{name}' is given twice or out of order"
                    : $"cohort '{name}' skips from period {counts.Count - 1} to {period}",
                    counts.Count == 0 ? "give the cohort's starting count at period 0 first"
                    : "list each cohort's periods once, in order 0, 1, 2, … without gaps");
            if (counts.Count > 0 && active > counts[^1])
                throw new DataValidationException(path, line, ActiveColumn, active.ToString(CultureInfo.InvariantCulture),
                    $"cohort '{name}' has more active customers in period {period} than in period {period - 1} ({counts[^1]})",
                    "a cohort's active count never increases; count customers who come back as still active or as a new cohort");
            counts.Add(active);
            lines.Add(line);
        }
        if (cohorts.Count == 0)
            throw new DataValidationException(path, null, null, null, "the file has no rows", "give one row per cohort and period: cohort,period,active");
        foreach (var (name, counts, lines) in cohorts)
        {
            if (counts.Count < 2)
                throw new DataValidationException(path, lines[0], PeriodColumn, null, $"cohort '{name}' has only its starting count",
                    "give at least periods 0 and 1");
            if (counts[0] == 0)
                throw new DataValidationException(path, lines[0], ActiveColumn, "0", $"cohort '{name}' starts with no customers", "give the starting count at period 0");
        }
        return cohorts.Select(c => RenewalCounts.FromActiveCounts(c.Name, c.Active)).ToList();
    }

    private static long WholeNumber(string raw, string path, long line, string column)
    {
        if (raw.Length == 0)
            throw new DataValidationException(path, line, column, null, "the value is empty", $"give a whole number in '{column}'");
        if (!long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            throw new DataValidationException(path, line, column, raw, "not a whole number ≥ 0", $"write '{column}' as a count, e.g. 631");
        return v;
    }
}
