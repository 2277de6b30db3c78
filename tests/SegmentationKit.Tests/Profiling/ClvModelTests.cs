using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Profiling;

namespace SegmentationKit.Tests.Profiling;

/// <summary>BG/NBD and Gamma-Gamma against the published CDNOW fits. Data: TestData/cdnow/, copied
/// from the MIT-licensed lifetimes package (licence beside
/// it): the 2,357-customer 1/10th CDNOW cohort, calibration 1997-01-01 to 1997-09-30, times in weeks.
/// <c>cdnow_customers_summary_with_transactions.csv</c> has x (repeat purchases), t_x, T and zbar,
/// the mean value of the repeat transactions in dollars.</summary>
public class ClvModelTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "cdnow");

    private static readonly Lazy<IReadOnlyList<PurchaseHistory>> Cdnow = new(() =>
        File.ReadLines(Path.Combine(Folder, "cdnow_customers_summary_with_transactions.csv")).Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(f => new PurchaseHistory(f[0], D(f[1]), D(f[2]), D(f[3]), D(f[1]) > 0 ? D(f[4]) : double.NaN))
            .ToList());

    private static readonly Lazy<BgNbdModel> CdnowBgNbd = new(() => BgNbdModel.Fit(Cdnow.Value));

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Bgnbd_reproduces_Fader_Hardie_Lee_2005_on_CDNOW_within_1_percent()
    {
        // Fader, Hardie & Lee (2005), "Counting your customers the easy way", Marketing Science 24(2),
        // section 4: r = 0.243, α = 4.414, a = 0.793, b = 2.426, log-likelihood −9582.4.
        // Read through the summary reader, as `segkit clv --summary` does (the file's ID header renamed).
        var csv = Path.Combine(Path.GetTempPath(), $"cdnow-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(csv, File.ReadLines(Path.Combine(Folder, "cdnow_customers_summary.csv"))
            .Select((l, i) => i == 0 ? "customer_id,frequency,recency,T" : l));
        var histories = PurchaseSummary.ReadCsv(csv);
        File.Delete(csv);
        var p = BgNbdModel.Fit(histories).Parameters;
        p.CustomerCount.Should().Be(2357);
        p.R.Should().BeApproximately(0.243, 0.243 * 0.01);
        p.Alpha.Should().BeApproximately(4.414, 4.414 * 0.01);
        p.A.Should().BeApproximately(0.793, 0.793 * 0.01);
        p.B.Should().BeApproximately(2.426, 2.426 * 0.01);
        p.LogLikelihood.Should().BeApproximately(-9582.4, 0.1);
    }

    [Fact]
    public void Bgnbd_and_gamma_gamma_reach_the_maximum_likelihood_to_six_significant_digits()
    {
        // The maximum of the same likelihoods found by SciPy 1.10 (Nelder–Mead at 1e-13, then BFGS at
        // gtol 1e-10, on log-parameters; TestData/cdnow/mle_reference.py): parameters quoted to
        // four decimals in the docs must be the maximum's, not where a loose stop left them.
        var b = CdnowBgNbd.Value.Parameters;
        b.R.Should().BeApproximately(0.2425929018, 0.2425929018 * 1e-6);
        b.Alpha.Should().BeApproximately(4.4135311612, 4.4135311612 * 1e-6);
        b.A.Should().BeApproximately(0.7928862299, 0.7928862299 * 1e-6);
        b.B.Should().BeApproximately(2.4257537575, 2.4257537575 * 1e-6);
        b.LogLikelihood.Should().BeApproximately(-9582.42556056736, 1e-6);
        var g = GammaGammaModel.Fit(Cdnow.Value).Parameters;
        g.P.Should().BeApproximately(6.2488031359, 6.2488031359 * 1e-6);
        g.Q.Should().BeApproximately(3.7445883948, 3.7445883948 * 1e-6);
        g.V.Should().BeApproximately(15.4477463026, 15.4477463026 * 1e-6);
    }

    [Fact]
    public void Gamma_gamma_reproduces_the_published_CDNOW_spend_model_within_1_percent()
    {
        // Fader, Hardie & Lee (2005), "RFM and CLV: using iso-value curves for customer base analysis",
        // JMR 42(4), fit on the 946 CDNOW customers with a repeat purchase: p = 6.25, q = 3.74, γ = 15.44
        // (the lifetimes documentation's GammaGammaFitter example on this file prints p 6.25, q 3.74, v 15.45;
        // this fit gives p 6.249, q 3.745, v 15.448).
        var g = GammaGammaModel.Fit(Cdnow.Value).Parameters;
        g.CustomerCount.Should().Be(946);
        g.P.Should().BeApproximately(6.25, 6.25 * 0.01);
        g.Q.Should().BeApproximately(3.74, 3.74 * 0.01);
        g.V.Should().BeApproximately(15.44, 15.44 * 0.01);
    }

    [Fact]
    public void Probability_alive_matches_equation_13_computed_here()
    {
        var m = CdnowBgNbd.Value;
        var (r, alpha, a, b) = (m.Parameters.R, m.Parameters.Alpha, m.Parameters.A, m.Parameters.B);
        foreach (var (x, tx, t) in new[] { (2.0, 30.43, 38.86), (1.0, 1.71, 38.86), (0.0, 0.0, 38.86), (7.0, 35.0, 38.0), (5.0, 5.0, 38.0) })
        {
            var expected = x == 0 ? 1 : 1 / (1 + a / (b + x - 1) * Math.Pow((alpha + t) / (alpha + tx), r + x));
            m.ProbabilityAlive(x, tx, t).Should().BeApproximately(expected, 1e-12);
        }
        // A frequent buyer who stopped long ago is much less likely alive than one who bought recently.
        m.ProbabilityAlive(5, 5, 38).Should().BeLessThan(0.3);
        m.ProbabilityAlive(5, 37, 38).Should().BeGreaterThan(0.85);
    }

    [Fact]
    public void Expected_purchases_match_equation_10_with_an_independent_hypergeometric()
    {
        var m = CdnowBgNbd.Value;
        var (r, alpha, a, b) = (m.Parameters.R, m.Parameters.Alpha, m.Parameters.A, m.Parameters.B);
        foreach (var (x, tx, t, h) in new[] { (2.0, 30.43, 38.86, 39.0), (0.0, 0.0, 38.86, 52.0), (7.0, 35.0, 38.0, 10.0), (1.0, 1.71, 38.86, 1.0) })
        {
            var z = h / (alpha + t + h);
            var hyp = EulerTransformed2F1(r + x, b + x, a + b + x - 1, z);
            var numerator = (a + b + x - 1) / (a - 1) * (1 - Math.Pow((alpha + t) / (alpha + t + h), r + x) * hyp);
            var expected = numerator / (1 + (x > 0 ? a / (b + x - 1) * Math.Pow((alpha + t) / (alpha + tx), r + x) : 0));
            m.ExpectedPurchases(h, x, tx, t).Should().BeApproximately(expected, 1e-9 * Math.Max(1, expected));
        }
        // Fader & Hardie's worked example ("Implementing the BG/NBD model in Excel"): a customer with
        // x = 2, t_x = 30.43, T = 38.86 (CDNOW customer 0001) is expected to make 1.226 purchases in the next 39 weeks: the value of
        // Hardie's BG/NBD Excel sheet, also asserted by the Python package lifetimes (test_conditional_expectation_returns_same_value_as_Hardie_excel_sheet).
        m.ExpectedPurchases(39, 2, 30.43, 38.86).Should().BeApproximately(1.226, 0.01);
    }

    [Fact]
    public void Expected_purchases_of_a_new_customer_reach_the_population_rate_for_short_horizons()
    {
        // For a short horizon h, E[X(h)] ≈ h · E[λ] = h · r / α (almost nobody has dropped out yet).
        var m = CdnowBgNbd.Value;
        m.ExpectedPurchasesOfNewCustomer(0.01).Should().BeApproximately(0.01 * m.Parameters.R / m.Parameters.Alpha, 1e-5);
    }

    [Fact]
    public void Expected_average_spend_is_the_gamma_gamma_weighted_mean()
    {
        var g = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44, 0, 0, 0));
        // (p(v + x·m)) / (p·x + q − 1) for x = 2, m = 22.35: 6.25 × (15.44 + 44.7) / (12.5 + 2.74).
        g.ExpectedAverageSpend(2, 22.35).Should().BeApproximately(6.25 * (15.44 + 2 * 22.35) / (6.25 * 2 + 3.74 - 1), 1e-12);
        g.ExpectedAverageSpend(0, double.NaN).Should().BeApproximately(6.25 * 15.44 / 2.74, 1e-12);
    }

    [Fact]
    public void Population_mean_spend_is_undefined_when_q_is_at_most_1()
    {
        var g = new GammaGammaModel(new GammaGammaParameters(2, 0.5, 10, 0, 0, 0));
        g.PopulationMeanSpend.Should().Be(double.NaN);
        g.ExpectedAverageSpend(0, double.NaN).Should().Be(double.NaN);
        // x = 3, m = 20: 2 × (10 + 60) / (6 + 0.5 − 1) is still defined.
        g.ExpectedAverageSpend(3, 20).Should().BeApproximately(140 / 5.5, 1e-12);
    }

    [Fact]
    public void Clv_sums_discounted_expected_purchases_per_period_times_spend()
    {
        var m = CdnowBgNbd.Value;
        var g = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44, 0, 0, 0));
        var customer = new PurchaseHistory("1", 2, 30.43, 38.86, 22.35);
        var prediction = CustomerLifetimeValue.Predict(m, g, [customer], 4, 0.10, ClvTimeUnit.Weeks).Single();
        var d = Math.Pow(1.10, 7 / 365.25) - 1;
        var spend = g.ExpectedAverageSpend(2, 22.35);
        var expected = 0.0;
        for (var i = 1; i <= 4; i++)
            expected += (m.ExpectedPurchases(i, 2, 30.43, 38.86) - m.ExpectedPurchases(i - 1, 2, 30.43, 38.86)) * spend / Math.Pow(1 + d, i);
        prediction.Clv.Should().BeApproximately(expected, 1e-9);
        prediction.ExpectedPurchases.Should().BeApproximately(m.ExpectedPurchases(4, 2, 30.43, 38.86), 1e-12);
        prediction.ProbabilityAlive.Should().BeApproximately(m.ProbabilityAlive(2, 30.43, 38.86), 1e-12);
        // Without discounting, CLV is exactly expected purchases × expected spend.
        CustomerLifetimeValue.Predict(m, g, [customer], 4, 0, ClvTimeUnit.Weeks).Single().Clv
            .Should().BeApproximately(m.ExpectedPurchases(4, 2, 30.43, 38.86) * spend, 1e-9);
    }

    [Fact]
    public void Analytic_likelihood_gradients_match_central_differences()
    {
        // The BFGS fits rely on these derivatives; check them against the likelihoods themselves.
        double[] bg = [0.3, 4.0, 0.8, 2.5];
        foreach (var (x, tx, t) in new[] { (0.0, 0.0, 30.0), (3.0, 20.0, 35.0), (1.0, 1.5, 38.86) })
        {
            var analytic = BgNbdModel.LogLikelihoodGradient(bg[0], bg[1], bg[2], bg[3], x, tx, t);
            for (var k = 0; k < 4; k++)
            {
                var h = 1e-6 * bg[k];
                var up = (double[])bg.Clone();
                var down = (double[])bg.Clone();
                up[k] += h;
                down[k] -= h;
                var numeric = (BgNbdModel.LogLikelihood(up[0], up[1], up[2], up[3], x, tx, t) - BgNbdModel.LogLikelihood(down[0], down[1], down[2], down[3], x, tx, t)) / (2 * h);
                analytic[k].Should().BeApproximately(numeric, 1e-6 * Math.Max(1, Math.Abs(numeric)));
            }
        }
        double[] gg = [6.0, 3.5, 15.0];
        var (dp, dq, dv) = GammaGammaModel.LogLikelihoodGradient(gg[0], gg[1], gg[2], 3, 22.5);
        double[] derivatives = [dp, dq, dv];
        for (var k = 0; k < 3; k++)
        {
            var h = 1e-6 * gg[k];
            var up = (double[])gg.Clone();
            var down = (double[])gg.Clone();
            up[k] += h;
            down[k] -= h;
            var numeric = (GammaGammaModel.LogLikelihood(up[0], up[1], up[2], 3, 22.5) - GammaGammaModel.LogLikelihood(down[0], down[1], down[2], 3, 22.5)) / (2 * h);
            derivatives[k].Should().BeApproximately(numeric, 1e-6 * Math.Max(1, Math.Abs(numeric)));
        }
    }

    [Fact]
    public void A_summary_where_nobody_bought_twice_is_a_clear_model_error()
    {
        var act = () => BgNbdModel.Fit([new PurchaseHistory("a", 0, 0, 10, double.NaN), new PurchaseHistory("b", 0, 0, 12, double.NaN)]);
        act.Should().Throw<ModelException>().WithMessage("*none of the 2 customers made a repeat purchase*");
    }

    [Fact]
    public void Rfm_summary_counts_repeat_purchase_days_and_ages_in_weeks()
    {
        // Orders: a on day 0, day 0 again (same day: one purchase of 30), day 14 (40), day 28 (60);
        // b once on day 7. As of day 35.
        var d0 = new DateOnly(2025, 1, 1);
        var log = new TransactionLog("t.csv", ["a", "a", "b", "a", "a", "a"],
            [d0, d0, d0.AddDays(7), d0.AddDays(14), d0.AddDays(28), d0.AddDays(40)], [10, 20, 5, 40, 60, 99]);
        var summary = PurchaseSummary.FromTransactions(log, d0.AddDays(35), ClvTimeUnit.Weeks, out var leftOut);
        leftOut.Should().Be(1); // the order after the as-of date
        summary.Should().HaveCount(2);
        summary[0].Should().Be(new PurchaseHistory("a", 2, 4, 5, 50));
        summary[1].CustomerId.Should().Be("b");
        summary[1].Frequency.Should().Be(0);
        summary[1].Recency.Should().Be(0);
        summary[1].T.Should().Be(4);
        summary[1].MonetaryValue.Should().Be(double.NaN);
        PurchaseSummary.FromTransactions(log, d0.AddDays(35), ClvTimeUnit.Days, out _)[0].Should().Be(new PurchaseHistory("a", 2, 28, 35, 50));
    }

    [Fact]
    public void Summary_rows_that_break_the_definitions_are_rejected_with_the_line()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"bad-summary-{Guid.NewGuid():N}.csv");
        File.WriteAllText(csv, "customer_id,frequency,recency,T\n1,2,10,20\n2,1,25,20\n");
        var act = () => PurchaseSummary.ReadCsv(csv);
        act.Should().Throw<DataValidationException>().Where(e => e.Line == 3 && e.Column == "recency" && e.Value == "25");
        File.WriteAllText(csv, "customer_id,frequency,recency,T\n1,1.5,10,20\n");
        act.Should().Throw<DataValidationException>().Where(e => e.Line == 2 && e.Column == "frequency");
        File.Delete(csv);
    }

    [Theory]
    [InlineData("ID,frequency,recency,T,monetary_value")]   // the lifetimes package, index named ID
    [InlineData(",frequency,recency,T,monetary_value")]     // pandas' to_csv of an unnamed index
    [InlineData("customer_id,frequency,recency,T,monetary_value")]
    public void Summary_reader_takes_the_id_from_the_first_column_as_lifetimes_writes_it(string header)
    {
        var csv = Path.Combine(Path.GetTempPath(), $"lifetimes-{Guid.NewGuid():N}.csv");
        File.WriteAllText(csv, header + "\n7,2,30.43,38.86,22.35\n8,0,0,38.86,0\n");
        var histories = PurchaseSummary.ReadCsv(csv);
        File.Delete(csv);
        // lifetimes writes monetary_value 0 for a customer without a repeat purchase: no repeat spend (NaN).
        histories.Should().Equal(new PurchaseHistory("7", 2, 30.43, 38.86, 22.35), new PurchaseHistory("8", 0, 0, 38.86, double.NaN));
    }

    [Fact]
    public void Summary_without_an_id_column_names_the_missing_customer_id()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"no-id-{Guid.NewGuid():N}.csv");
        File.WriteAllText(csv, "frequency,recency,T\n2,10,20\n");
        var act = () => PurchaseSummary.ReadCsv(csv);
        act.Should().Throw<DataValidationException>().Where(e => e.Line == 1 && e.Column == "customer_id");
        File.Delete(csv);
    }

    [Fact]
    public void Repeat_buyers_with_zero_mean_spend_are_left_out_of_gamma_gamma_and_said_so()
    {
        // CDNOW's 946 repeat buyers plus two who repeated for $0: the fit is the same 946, and the
        // note counts the two.
        var withZero = Cdnow.Value.Append(new PurchaseHistory("z1", 1, 5, 38, 0)).Append(new PurchaseHistory("z2", 3, 20, 38, 0)).ToList();
        GammaGammaModel.Fit(withZero).Parameters.CustomerCount.Should().Be(946);
        GammaGammaModel.LeftOutRepeatBuyers(withZero).Should().Be(2);
        GammaGammaModel.LeftOutNote(withZero)!.En.Should().StartWith("2 repeat buyer(s) have a mean repeat spend of zero");
        GammaGammaModel.LeftOutNote(Cdnow.Value).Should().BeNull();
        ClvResult.Compute(withZero, ClvTimeUnit.Weeks, 52, 0.1).Notes.Should().Contain(n => n.StartsWith("2 repeat buyer(s)"));
    }

    /// <summary>₂F₁ through Euler's transformation (1 − z)^(c − a − b) ₂F₁(c − a, c − b; c; z): a
    /// different series from the one the model sums, so agreement checks both.</summary>
    private static double EulerTransformed2F1(double a, double b, double c, double z)
    {
        double term = 1, sum = 1;
        for (var k = 0; k < 100000 && Math.Abs(term) > 1e-17 * Math.Abs(sum); k++)
        {
            term *= (c - a + k) * (c - b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
        }
        return Math.Pow(1 - z, c - a - b) * sum;
    }
}
