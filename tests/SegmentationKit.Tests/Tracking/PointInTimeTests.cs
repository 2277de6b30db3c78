using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Tracking;

namespace SegmentationKit.Tests.Tracking;

/// <summary>Four customers and five invoices, worked by hand at 2025-12-31.</summary>
public class PointInTimeTests
{
    private static SegmentationData Base()
    {
        DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var customers = new CustomerTable("c.csv", ["a", "b", "c", "d"],
        [
            new DateColumn(CustomerColumns.SignupDate, [D("2024-01-10"), D("2025-06-01"), D("2026-02-01"), D("2024-05-05")]),
            new BooleanColumn(CustomerColumns.Churned, [true, true, false, true]),
            new DateColumn(CustomerColumns.ChurnDate, [D("2025-11-30"), D("2026-03-15"), null, null]),
            new DateColumn("last_login", [D("2025-12-30"), D("2026-01-05"), D("2026-04-01"), null]),
            new NumericColumn(CustomerColumns.Arr, [1200, 2400, 600, 100]),
        ]);
        var log = new TransactionLog("t.csv", ["a", "b", "b", "c", "d"],
            [D("2025-01-10"), D("2025-06-01"), D("2026-01-15"), D("2026-02-01"), D("2025-12-31")], [10, 20, 30, 40, 50]);
        return new SegmentationData(customers, log, D("2026-06-30"));
    }

    [Fact]
    public void Truncation_keeps_customers_signed_up_by_the_date_and_undoes_later_churn()
    {
        var known = PointInTime.Truncate(Base(), new DateOnly(2025, 12, 31));

        known.AsOf.Should().Be(new DateOnly(2025, 12, 31));
        known.Customers.CustomerIds.Should().Equal("a", "b", "d");   // c signed up 2026-02-01
        known.Customers.Boolean(CustomerColumns.Churned).Values.ToArray().Should().Equal(true, false, true); // b left 2026-03-15: active then; d has no date: stays churned
        known.Customers.Date(CustomerColumns.ChurnDate).Values.ToArray().Should().Equal(new DateOnly(2025, 11, 30), null, null);
        known.Customers.Date("last_login").Values.ToArray().Should().Equal(new DateOnly(2025, 12, 30), null, null); // b's login of 2026-01-05 had not happened
        known.Customers.Numeric(CustomerColumns.Arr).Values.ToArray().Should().Equal(1200, 2400, 100);  // current-state column: as it is
        known.Transactions!.CustomerIds.Should().Equal("a", "b", "d");  // b's 2026 invoice and c's are later
        known.Transactions.Amounts.ToArray().Should().Equal(10, 20, 50);
        ActiveCustomers.Of(known).Should().BeEquivalentTo(["b"]);
    }

    [Fact]
    public void A_date_before_every_signup_is_a_clear_error()
    {
        var act = () => PointInTime.Truncate(Base(), new DateOnly(2023, 1, 1));
        act.Should().Throw<ConfigurationException>().WithMessage("*no customer of c.csv had signed up by 2023-01-01 (the first signed up on 2024-01-10)*");
    }

    [Fact]
    public void Every_month_takes_month_ends_and_a_list_must_be_in_order()
    {
        SnapshotSchedule.Every(SnapshotFrequency.Month, new DateOnly(2026, 1, 15), new DateOnly(2026, 4, 29))
            .Should().Equal(new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 31));
        SnapshotSchedule.Every(SnapshotFrequency.Quarter, new DateOnly(2025, 12, 31), new DateOnly(2026, 6, 30))
            .Should().Equal(new DateOnly(2025, 12, 31), new DateOnly(2026, 3, 31), new DateOnly(2026, 6, 30));
        var act = () => SnapshotSchedule.Of([new DateOnly(2026, 3, 31), new DateOnly(2025, 12, 31)]);
        act.Should().Throw<ConfigurationException>().WithMessage("*not in order*");
    }

    [Fact]
    public void A_schedule_of_more_than_240_snapshots_is_refused()
    {
        SnapshotSchedule.Every(SnapshotFrequency.Month, new DateOnly(2006, 1, 1), new DateOnly(2025, 12, 31)).Should().HaveCount(240);
        var act = () => SnapshotSchedule.Every(SnapshotFrequency.Month, new DateOnly(2005, 12, 1), new DateOnly(2025, 12, 31));
        act.Should().Throw<ConfigurationException>().WithMessage("*241 snapshots asked for; a series may have at most 240*");
    }
}
