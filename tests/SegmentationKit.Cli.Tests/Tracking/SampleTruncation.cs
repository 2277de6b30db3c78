namespace SegmentationKit.Cli.Tests.Tracking;

/// <summary>The sample files cut to a date by plain text processing, independently of the kit's
/// <c>PointInTime</c>: customers signed up by the date, churn undone for those who left after it,
/// invoices dated up to it. The sample has no quoting, so splitting on commas is exact.</summary>
internal static class SampleTruncation
{
    public static void Write(string customersIn, string transactionsIn, DateOnly asOf, string customersOut, string transactionsOut)
    {
        var date = asOf.ToString("yyyy-MM-dd");
        var lines = File.ReadAllLines(customersIn);
        var header = lines[0].Split(',');
        int signup = Array.IndexOf(header, "signup_date"), churned = Array.IndexOf(header, "churned"), churnDate = Array.IndexOf(header, "churn_date");
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var output = new List<string> { lines[0] };
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (string.CompareOrdinal(cells[signup], date) > 0) continue;
            if (cells[churned] == "true" && cells[churnDate].Length > 0 && string.CompareOrdinal(cells[churnDate], date) > 0)
            {
                cells[churned] = "false";
                cells[churnDate] = "";
            }
            kept.Add(cells[0]);
            output.Add(string.Join(',', cells));
        }
        File.WriteAllLines(customersOut, output);
        var tx = File.ReadAllLines(transactionsIn);
        File.WriteAllLines(transactionsOut, tx.Take(1).Concat(tx.Skip(1).Where(l =>
        {
            var c = l.Split(',');
            return kept.Contains(c[0]) && string.CompareOrdinal(c[1], date) <= 0;
        })));
    }

    /// <summary>Customer id → active (not churned) in a truncated customer file.</summary>
    public static Dictionary<string, bool> Active(string customers)
    {
        var lines = File.ReadAllLines(customers);
        var churned = Array.IndexOf(lines[0].Split(','), "churned");
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => c[churned] != "true", StringComparer.Ordinal);
    }

    /// <summary>Customer id → segment id from an assignments.csv.</summary>
    public static Dictionary<string, string> Assignments(string file) =>
        File.ReadAllLines(file).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);
}
