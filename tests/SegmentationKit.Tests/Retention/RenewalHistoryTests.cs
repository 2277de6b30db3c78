using SegmentationKit.Data;
using SegmentationKit.Retention;

namespace SegmentationKit.Tests.Retention;

public class RenewalHistoryTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private static CustomerTable Table(params (string Id, string Signup, bool Churned, string? ChurnDate)[] rows) => new("customers.csv",
        rows.Select(r => r.Id).ToArray(),
        [
            new DateColumn(CustomerColumns.SignupDate, rows.Select(r => (DateOnly?)DateOnly.Parse(r.Signup)).ToArray()),
            new BooleanColumn(CustomerColumns.Churned, rows.Select(r => (bool?)r.Churned).ToArray()),
            new DateColumn(CustomerColumns.ChurnDate, rows.Select(r => r.ChurnDate is null ? (DateOnly?)null : DateOnly.Parse(r.ChurnDate)).ToArray()),
        ]);

    [Fact]
    public void Each_customer_counts_for_the_whole_periods_observed_by_the_reference_date()
    {
        var table = Table(
            ("a", "2023-03-01", false, null),          // 3 whole years by 2026-06-30: censored at 3
            ("b", "2023-03-01", true, "2024-05-10"),   // churned in year 1 (2024-03-01 … 2025-02-28): T = 2
            ("c", "2025-09-01", true, "2026-02-01"),   // churned in year 0, but year 0 is unfinished: censored at 0
            ("d", "2024-07-01", true, "2025-07-01"),   // churn on the anniversary: year 1 begun, T = 2, observed 1 year: censored at 1
            ("e", "2024-06-30", true, "2025-06-29"),   // churned in year 0, observed 2 years: T = 1
            ("f", "2026-07-01", false, null),          // signed up after the reference date: left out
            ("g", "2022-01-01", true, null),           // churned, no date: left out
            ("h", "2020-01-01", true, "2027-01-01"));  // churn after the reference date: not yet churned, censored at 6
        var counts = RenewalHistory.FromCustomers(table, AsOf, RetentionPeriod.Year, null, out var leftOut).Single();
        leftOut.Should().Be(2);
        counts.Name.Should().Be("all");
        counts.Lost.Should().Equal(0, 1, 1, 0, 0, 0, 0);
        counts.Censored.Should().Equal(1, 1, 0, 1, 0, 0, 1);
    }

    [Fact]
    public void Months_are_calendar_months_and_groups_keep_their_order()
    {
        RenewalHistory.WholePeriods(new(2026, 1, 31), new(2026, 2, 27), RetentionPeriod.Month).Should().Be(0);
        RenewalHistory.WholePeriods(new(2026, 1, 31), new(2026, 2, 28), RetentionPeriod.Month).Should().Be(1);
        RenewalHistory.WholePeriods(new(2026, 1, 31), new(2026, 3, 31), RetentionPeriod.Month).Should().Be(2);
        RenewalHistory.WholePeriods(new(2025, 6, 30), new(2026, 6, 30), RetentionPeriod.Year).Should().Be(1);
        var table = Table(("a", "2026-01-15", true, "2026-03-20"), ("b", "2026-01-15", false, null));
        var groups = RenewalHistory.FromCustomers(table, AsOf, RetentionPeriod.Month, ["y", "x"], out _);
        groups.Select(g => g.Name).Should().Equal("y", "x");
        groups[0].Lost.Should().Equal(0, 0, 0, 1);   // in month 2 (2026-03-15 …), so T = 3
        groups[1].Censored.Should().Equal(0, 0, 0, 0, 0, 1);
    }
}
