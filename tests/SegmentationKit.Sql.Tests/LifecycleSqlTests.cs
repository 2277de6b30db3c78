using SegmentationKit.Data;
using SegmentationKit.IO;
using SegmentationKit.Segmenters.Lifecycle;
using SegmentationKit.Sql;

namespace SegmentationKit.Sql.Tests;

/// <summary>Lifecycle stages compiled to SQL on a small hand-made base where each customer sits on
/// one rule of the precedence or one of its day boundaries (as-of 2026-06-30, default thresholds):
/// the stage is checked by hand, in process, and in DuckDB and PostgreSQL. data-samples has no
/// invoice lapse, so reactivation, lapses, the 365/730-day revenue windows and orders after the
/// as-of date are proved here.</summary>
public sealed class LifecycleSqlTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    /// <summary>id, expected stage, signup, churned, churn date, billing, wau, logins, adoption, seats, nps, invoices (date:amount).</summary>
    private static readonly (string Id, string Stage, string Signup, bool? Churned, string? ChurnDate, string? Billing, double Wau, double Logins, double Adoption, double Seats, double Nps, string Invoices)[] Rows =
    [
        ("C01", "not_yet_signed_up", "2026-07-10", false, null, "monthly", 50, 10, 0.8, 100, 9, ""),
        ("C02", "churned", "2021-01-01", true, "2026-01-01", "monthly", 50, 10, 0.8, 100, 9, "2025-12-01:100"),
        // Churn date after the as-of date: still a customer; steady monthly invoices → active.
        ("C03", "active", "2020-01-01", true, "2026-09-01", "monthly", 50, 10, 0.8, 100, 9, Monthly(2024, 7, 24, 100)),
        // Monthly invoices stop at 2024-12, resume 2026-03 (gap 90 + … > 31 + 60), last within 180 days.
        ("C04", "reactivated", "2023-01-01", false, null, "monthly", 50, 10, 0.8, 100, 9, Monthly(2023, 1, 24, 100) + " " + Monthly(2026, 3, 4, 100)),
        // Last invoice 180 days before the as-of date (> 91): lapsed, hence dormant; the invoice after the as-of date is ignored.
        ("C05", "dormant", "2022-01-01", false, null, "monthly", 50, 10, 0.8, 100, 9, Monthly(2024, 1, 25, 100) + " 2026-07-15:100"),
        // Annual: 2025-07-01 is 364 days old (not lapsed: ≤ 366 + 60); revenue 1300 vs 1000 → +30 % → expanding.
        ("C06", "expanding", "2024-06-01", false, null, "annual", 50, 10, 0.8, 100, 9, "2024-07-01:1000 2025-07-01:1300"),
        ("C07", "onboarding", "2026-05-01", false, null, "monthly", 50, 10, 0.8, 100, 9, ""),
        ("C08", "at_risk", "2021-01-01", false, null, null, 50, 10, 0.8, 100, 3, ""),
        // Revenue 800 vs 1000 (−20 %) → at risk.
        ("C09", "at_risk", "2021-01-01", false, null, "annual", 50, 10, 0.8, 100, 9, "2024-07-01:1000 2025-07-01:800"),
        ("C10", "adopting", "2025-01-01", false, null, null, 50, 10, 0.1, 100, 9, ""),
        // No seats → no seat usage; fewer than one weekly user → dormant.
        ("C13", "dormant", "2021-01-01", false, null, null, 0.5, 10, 0.8, 0, 9, ""),
        // NPS unanswered; 95 of 100 seats in use → expanding.
        ("C14", "expanding", "2021-01-01", false, null, null, 95, 10, 0.9, 100, double.NaN, ""),
        // Exactly 90 days of tenure: no longer onboarding, still adopting.
        ("C17", "adopting", "2026-04-01", false, null, null, 50, 10, 0.8, 100, 9, ""),
        // 2025-06-30 is 365 days old (earlier year), 2025-07-01 364 (last year): 1000 vs 500 + 500 → no change → active.
        ("C18", "active", "2021-01-01", false, null, "annual", 50, 10, 0.8, 100, 9, "2024-07-01:500 2025-06-30:500 2025-07-01:1000"),
        // A lapse ending exactly 180 days before the as-of date (2026-01-01) counts as recent; two invoices on one day.
        ("C19", "reactivated", "2022-01-01", false, null, "monthly", 50, 10, 0.8, 100, 9, Monthly(2024, 1, 18, 100) + " 2026-01-01:100 2026-01-01:20 " + Monthly(2026, 2, 5, 100)),
        // Without a churn date, the flag alone says churned.
        ("C20", "churned", "2021-01-01", true, null, "monthly", 50, 10, 0.8, 100, 9, ""),
    ];

    private static string Monthly(int year, int month, int count, double amount) =>
        string.Join(" ", Enumerable.Range(0, count).Select(k => $"{new DateOnly(year, month, 1).AddMonths(k):yyyy-MM-dd}:{amount}"));

    private static SegmentationData Base()
    {
        var ids = Rows.Select(r => r.Id).ToArray();
        DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text);
        var customers = new CustomerTable("lifecycle.csv", ids,
        [
            new DateColumn(CustomerColumns.SignupDate, Rows.Select(r => Date(r.Signup)).ToArray()),
            new BooleanColumn(CustomerColumns.Churned, Rows.Select(r => r.Churned).ToArray()),
            new DateColumn(CustomerColumns.ChurnDate, Rows.Select(r => Date(r.ChurnDate)).ToArray()),
            CategoricalColumn.FromValues(CustomerColumns.BillingPeriod, Rows.Select(r => r.Billing).ToArray()),
            new NumericColumn(CustomerColumns.WeeklyActiveUsers, Rows.Select(r => r.Wau).ToArray()),
            new NumericColumn(CustomerColumns.LoginsPerWeek, Rows.Select(r => r.Logins).ToArray()),
            new NumericColumn(CustomerColumns.FeatureAdoption, Rows.Select(r => r.Adoption).ToArray()),
            new NumericColumn(CustomerColumns.Seats, Rows.Select(r => r.Seats).ToArray()),
            new NumericColumn(CustomerColumns.Nps, Rows.Select(r => r.Nps).ToArray()),
        ]);
        var invoices = Rows.SelectMany(r => r.Invoices.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(i => (r.Id, Invoice: i.Split(':')))).ToArray();
        var log = new TransactionLog("lifecycle-orders.csv", invoices.Select(i => i.Id).ToArray(),
            invoices.Select(i => DateOnly.Parse(i.Invoice[0])).ToArray(), invoices.Select(i => double.Parse(i.Invoice[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        return new SegmentationData(customers, log, AsOf);
    }

    [Fact]
    public void In_process_stages_are_the_hand_checked_ones()
    {
        var data = Base();
        var stages = new LifecycleModel(new LifecycleOptions()).Assign(data);
        stages.SegmentIds.Should().Equal(Rows.Select(r => r.Stage));
    }

    [Fact]
    public void DuckDb_gives_each_hand_made_customer_its_stage() => Check(new DuckDbEngine());

    [SkippableFact]
    public void Postgres_gives_each_hand_made_customer_its_stage() => Check(PostgresCluster.Start());

    [Fact]
    public void DuckDb_without_transactions_reads_no_orders_table() => CheckWithoutOrders(new DuckDbEngine());

    [SkippableFact]
    public void Postgres_without_transactions_reads_no_orders_table() => CheckWithoutOrders(PostgresCluster.Start());

    private static void Check(SqlEngine engine)
    {
        using var _ = engine;
        var data = Base();
        TableLoader.Load(engine, data.Customers, data.Transactions);
        Run(engine, data, withTransactions: true).Should().Equal(Rows.Select(r => r.Stage));
    }

    /// <summary>A run without transactions has no revenue or lapse signals: the script must not read
    /// an orders table (none exists here) and must give the in-process stages of that run.</summary>
    private static void CheckWithoutOrders(SqlEngine engine)
    {
        using var _ = engine;
        var data = Base();
        var withoutOrders = new SegmentationData(data.Customers, null, AsOf);
        TableLoader.Load(engine, data.Customers, null);
        var expected = new LifecycleModel(new LifecycleOptions()).Assign(withoutOrders).SegmentIds;
        expected.Should().Contain("dormant").And.NotContain("reactivated");
        Run(engine, withoutOrders, withTransactions: false).Should().Equal(expected);
    }

    private static List<string?> Run(SqlEngine engine, SegmentationData data, bool withTransactions)
    {
        var model = new LifecycleModel(new LifecycleOptions());
        var saved = ModelFile.Write(model, data.Customers, withTransactions);
        ModelFile.WithTransactions(saved).Should().Be(withTransactions);
        var context = new SqlContext(engine.Dialect, new SqlTables(), AsOf, ModelFile.ColumnKinds(saved), ModelFile.WithTransactions(saved));
        engine.Execute(SegmentSql.Script(ModelFile.Read(saved), context));
        var actual = engine.Assignments();
        return data.Customers.CustomerIds.Select(id => actual[id]).ToList();
    }
}
