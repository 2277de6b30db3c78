using SegmentationKit.Data;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Tests.Synthetic;

public class SyntheticTransactionTests(SyntheticBaseFixture fixture) : IClassFixture<SyntheticBaseFixture>
{
    private readonly CustomerTable _t = fixture.Data.Customers;
    private readonly TransactionLog _log = fixture.Data.Transactions;
    private static readonly DateOnly AsOf = SyntheticBase.DefaultAsOf;

    [Fact]
    public void No_transaction_falls_before_signup_or_on_or_after_churn_or_after_the_as_of_date()
    {
        var signup = _t.Date(CustomerColumns.SignupDate);
        var churnDate = _t.Date(CustomerColumns.ChurnDate);
        var previousRow = -1;
        var previousDate = DateOnly.MinValue;
        for (var k = 0; k < _log.Count; k++)
        {
            var row = _t.RowOf(_log.CustomerIds[k]);
            row.Should().BeGreaterThanOrEqualTo(previousRow, "the log is ordered by customer");
            if (row == previousRow) _log.Dates[k].Should().BeOnOrAfter(previousDate, "then by date");
            _log.Dates[k].Should().BeOnOrAfter(signup[row]!.Value).And.BeOnOrBefore(AsOf);
            if (churnDate[row] is { } churned) _log.Dates[k].Should().BeBefore(churned);
            _log.Amounts[k].Should().BePositive();
            previousRow = row;
            previousDate = _log.Dates[k];
        }
    }

    [Fact]
    public void A_year_of_invoices_of_an_active_customer_is_its_arr_plus_add_ons()
    {
        // Customers paying for at least a year: the 12 months to the as-of date hold exactly 12 monthly
        // invoices of MRR or one annual invoice of ARR, plus add-on orders (each a lognormal share of
        // ARR, median 4 %). Stated tolerance (data-samples/README.md): total ≥ ARR, median total ≤ 1.10 ARR,
        // and 95 % of customers ≤ 1.50 ARR.
        var arr = _t.Numeric(CustomerColumns.Arr);
        var churned = _t.Boolean(CustomerColumns.Churned);
        var windowStart = AsOf.AddYears(-1);
        var ratios = new List<double>();
        foreach (var (id, rows) in _log.RowsByCustomer())
        {
            var row = _t.RowOf(id);
            if (arr[row] == 0 || churned[row] == true || _log.Dates[rows[0]] > windowStart) continue;
            var total = rows.Where(k => _log.Dates[k] > windowStart).Sum(k => _log.Amounts[k]);
            ratios.Add(total / arr[row]);
        }
        ratios.Count.Should().BeGreaterThan(5000);
        ratios.Should().OnlyContain(r => r >= 1 - 1e-12);
        ratios.Sort();
        ratios[ratios.Count / 2].Should().BeLessThanOrEqualTo(1.10);
        ratios[(int)(ratios.Count * 0.95)].Should().BeLessThanOrEqualTo(1.50);
    }

    [Fact]
    public void Free_accounts_have_no_recurring_invoices_and_paying_ones_are_invoiced_from_the_start()
    {
        var plan = _t.Categorical(CustomerColumns.Plan);
        var mrr = _t.Numeric(CustomerColumns.Mrr);
        var arr = _t.Numeric(CustomerColumns.Arr);
        var billing = _t.Categorical(CustomerColumns.BillingPeriod);
        var byCustomer = _log.RowsByCustomer();
        var paying = 0;
        for (var row = 0; row < _t.RowCount; row++)
        {
            byCustomer.TryGetValue(_t.CustomerIds[row], out var rows);
            if (plan[row] == "Freemium")
            {
                // Occasional small one-off purchases only.
                foreach (var k in rows ?? []) _log.Amounts[k].Should().BeLessThan(2000);
                continue;
            }
            paying++;
            rows.Should().NotBeNull();
            var invoice = billing[row] == "annual" ? arr[row] : mrr[row];
            _log.Amounts[rows![0]].Should().Be(invoice, "the first transaction is the first invoice");
        }
        paying.Should().BeGreaterThan(15_000);
    }

    [Fact]
    public void Add_on_order_counts_have_a_long_tail()
    {
        // Transactions beyond the recurring invoices are add-on orders; most customers have none or one,
        // a few have many (gamma–Poisson counts with shape 0.6).
        var byCustomer = _log.RowsByCustomer();
        var mrr = _t.Numeric(CustomerColumns.Mrr);
        var arr = _t.Numeric(CustomerColumns.Arr);
        var addOns = new List<int>();
        foreach (var (id, rows) in byCustomer)
        {
            var row = _t.RowOf(id);
            addOns.Add(rows.Count(k => _log.Amounts[k] != mrr[row] && _log.Amounts[k] != arr[row]));
        }
        addOns.Sort();
        addOns[addOns.Count / 2].Should().BeLessThanOrEqualTo(1);
        addOns[^1].Should().BeGreaterThanOrEqualTo(20);
    }
}
