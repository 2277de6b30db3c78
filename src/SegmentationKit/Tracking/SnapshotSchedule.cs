using System.Globalization;
using SegmentationKit.Errors;

namespace SegmentationKit.Tracking;

/// <summary>The dates a tracked series is taken at: a list given by hand, or every month or quarter
/// end between two dates. Always in increasing order, without repeats, at most <see cref="MaxSnapshots"/>.</summary>
public static class SnapshotSchedule
{
    /// <summary>Most snapshots in one series (20 years of month ends): each is a full segmentation.</summary>
    public const int MaxSnapshots = 240;

    /// <summary>The dates as given, checked: each one after the one before.</summary>
    /// <param name="key">What named the dates, for messages (e.g. "--as-of").</param>
    public static IReadOnlyList<DateOnly> Of(IReadOnlyList<DateOnly> dates, string key = "--as-of")
    {
        if (dates.Count == 0)
            throw new ConfigurationException(null, key, "no snapshot date given", "give dates, e.g. --as-of 2025-12-31 --as-of 2026-03-31, or --every quarter --from D --until D");
        for (var i = 1; i < dates.Count; i++)
        {
            if (dates[i] == dates[i - 1])
                throw new ConfigurationException(null, key, $"{Iso(dates[i])} is given twice", "give each snapshot date once");
            if (dates[i] < dates[i - 1])
                throw new ConfigurationException(null, key, $"the dates are not in order: {Iso(dates[i])} comes after {Iso(dates[i - 1])}",
                    "give the dates from the earliest to the latest");
        }
        return CheckCount(dates, key);
    }

    /// <summary>Every month or quarter end on or after <paramref name="from"/> and on or before
    /// <paramref name="until"/>: e.g. quarters from 2025-10-01 until 2026-06-30 are 2025-12-31,
    /// 2026-03-31 and 2026-06-30.</summary>
    public static IReadOnlyList<DateOnly> Every(SnapshotFrequency frequency, DateOnly from, DateOnly until, string key = "--every")
    {
        if (until < from)
            throw new ConfigurationException(null, key, $"--until {Iso(until)} is before --from {Iso(from)}", "give --from the earlier date and --until the later one");
        var months = frequency == SnapshotFrequency.Quarter ? 3 : 1;
        var dates = new List<DateOnly>();
        // The first period end on or after 'from': quarters end in March, June, September, December.
        var month = new DateOnly(from.Year, from.Month, 1);
        while (month.Month % months != 0) month = month.AddMonths(1);
        for (var end = EndOf(month); end <= until; month = month.AddMonths(months), end = EndOf(month))
        {
            if (end >= from) dates.Add(end);
            if (dates.Count > MaxSnapshots) break;
        }
        if (dates.Count == 0)
            throw new ConfigurationException(null, key,
                $"no {(months == 3 ? "quarter" : "month")} ends between {Iso(from)} and {Iso(until)}", "widen --from … --until to hold at least one period end");
        return CheckCount(dates, key);
    }

    /// <summary>Reads "month" or "quarter".</summary>
    public static SnapshotFrequency ParseFrequency(string text, string key = "--every") => text.Trim().ToLowerInvariant() switch
    {
        "month" or "monthly" => SnapshotFrequency.Month,
        "quarter" or "quarterly" => SnapshotFrequency.Quarter,
        _ => throw new ConfigurationException(null, key, $"'{text}' is not a snapshot frequency", "write month or quarter"),
    };

    private static DateOnly EndOf(DateOnly month) => month.AddMonths(1).AddDays(-1);

    private static IReadOnlyList<DateOnly> CheckCount(IReadOnlyList<DateOnly> dates, string key) => dates.Count <= MaxSnapshots
        ? dates.ToArray()
        : throw new ConfigurationException(null, key, $"{dates.Count} snapshots asked for; a series may have at most {MaxSnapshots}",
            "take fewer dates: a longer step (quarter) or a shorter period");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
