using SegmentationKit.Data;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Tests.Synthetic;

public class SyntheticValueTests(SyntheticBaseFixture fixture) : IClassFixture<SyntheticBaseFixture>
{
    private readonly CustomerTable _t = fixture.Data.Customers;
    private int N => _t.RowCount;

    private double[] Numbers(string column) => _t.Numeric(column).Values.ToArray();

    [Fact]
    public void Categories_come_from_the_standard_lists()
    {
        _t.Categorical(CustomerColumns.Plan).Levels.Should().Equal(CustomerColumns.PlanLevels);
        _t.Categorical(CustomerColumns.Industry).Levels.Should().Equal(CustomerColumns.Industries);
        Enumerable.Range(0, N).Should().OnlyContain(i => !_t[CustomerColumns.Plan].IsMissing(i) && !_t[CustomerColumns.Industry].IsMissing(i));
        // Every plan and every industry is present in a base of this size.
        _t.Categorical(CustomerColumns.Plan).Codes.ToArray().Distinct().Should().HaveCount(5);
        _t.Categorical(CustomerColumns.Industry).Codes.ToArray().Distinct().Should().HaveCount(7);
        _t.Categorical(CustomerColumns.Region).Levels.Should().BeEquivalentTo("Europe", "North America", "Latin America", "Asia-Pacific");
    }

    [Fact]
    public void Arr_is_twelve_times_mrr_and_zero_only_on_the_free_plan()
    {
        var plan = _t.Categorical(CustomerColumns.Plan);
        var arr = Numbers(CustomerColumns.Arr);
        var mrr = Numbers(CustomerColumns.Mrr);
        var billing = _t.Categorical(CustomerColumns.BillingPeriod);
        for (var i = 0; i < N; i++)
        {
            arr[i].Should().Be(12 * mrr[i]);
            var free = plan[i] == "Freemium";
            (arr[i] == 0).Should().Be(free);
            billing.IsMissing(i).Should().Be(free);
        }
        billing.Levels.Should().Equal("monthly", "annual");
    }

    [Fact]
    public void Seats_active_users_team_and_employees_nest()
    {
        var seats = Numbers(CustomerColumns.Seats);
        var wau = Numbers(CustomerColumns.WeeklyActiveUsers);
        var employees = Numbers(CustomerColumns.Employees);
        var team = Numbers(CustomerColumns.TeamSize);
        var plan = _t.Categorical(CustomerColumns.Plan);
        for (var i = 0; i < N; i++)
        {
            seats[i].Should().BeGreaterThanOrEqualTo(1);
            wau[i].Should().BeInRange(0, seats[i]);
            employees[i].Should().BeGreaterThanOrEqualTo(seats[i]);
            team[i].Should().BeInRange(1, employees[i]);
            if (plan[i] == "Freemium") seats[i].Should().BeLessThanOrEqualTo(3);
        }
    }

    [Fact]
    public void Modules_adoption_logins_and_complexity_stay_in_range()
    {
        var subscribed = Numbers(CustomerColumns.ModulesSubscribed);
        var available = Numbers(CustomerColumns.ModulesAvailable);
        var plan = _t.Categorical(CustomerColumns.Plan);
        int[] modulesByPlan = [2, 4, 6, 9, 12];
        for (var i = 0; i < N; i++)
        {
            available[i].Should().Be(modulesByPlan[plan.Codes[i]]);
            subscribed[i].Should().BeInRange(1, available[i]);
        }
        Numbers(CustomerColumns.FeatureAdoption).Should().OnlyContain(a => a > 0 && a <= 1);
        Numbers(CustomerColumns.LoginsPerWeek).Should().OnlyContain(l => l >= 0 && l < 200);
        Numbers(CustomerColumns.SupportTickets).Should().OnlyContain(s => s >= 0 && s == Math.Floor(s));
        Numbers(CustomerColumns.ModuleComplexity).Distinct().Order().Should().Equal(1, 2, 3);
        // Logins are counted per active user: none exactly when no user is active.
        var wau = Numbers(CustomerColumns.WeeklyActiveUsers);
        var logins = Numbers(CustomerColumns.LoginsPerWeek);
        Enumerable.Range(0, N).Should().OnlyContain(i => (logins[i] == 0) == (wau[i] == 0));
    }

    [Fact]
    public void Nps_and_needs_are_scores_with_the_planned_missing_shares()
    {
        var nps = Numbers(CustomerColumns.Nps);
        nps.Where(v => !double.IsNaN(v)).Should().OnlyContain(v => v >= 0 && v <= 10 && v == Math.Floor(v));
        // Expected missing share: Σ segment share × segment NPS missing rate = 0.552.
        (nps.Count(double.IsNaN) / (double)N).Should().BeApproximately(0.552, 0.015);

        foreach (var need in CustomerColumns.SurveyNeeds)
        {
            var scores = Numbers(CustomerColumns.Need(need));
            scores.Where(v => !double.IsNaN(v)).Should().OnlyContain(v => v >= 1 && v <= 5 && v == Math.Floor(v));
            scores.Where(v => !double.IsNaN(v)).Distinct().Should().HaveCount(5, $"need_{need} uses the whole 1–5 scale");
            // Whole survey unanswered for Σ share × survey-missing = 0.418 of customers, then 3 % of questions skipped:
            // 1 − 0.582 × 0.97 = 0.435.
            (scores.Count(double.IsNaN) / (double)N).Should().BeApproximately(0.435, 0.015, need);
        }
        SyntheticBase.CustomerFileColumns.Count(c => c.StartsWith(CustomerColumns.NeedPrefix, StringComparison.Ordinal)).Should().Be(7);
        NeedScores.Count.Should().Be(CustomerColumns.SurveyNeeds.Count);
    }

    [Fact]
    public void Trial_conversion_is_known_only_for_trials_and_churn_date_only_for_churners()
    {
        var trial = _t.Boolean(CustomerColumns.Trial);
        var converted = _t.Boolean(CustomerColumns.TrialConverted);
        var churned = _t.Boolean(CustomerColumns.Churned);
        var churnDate = _t.Date(CustomerColumns.ChurnDate);
        var signup = _t.Date(CustomerColumns.SignupDate);
        var asOf = SyntheticBase.DefaultAsOf;
        for (var i = 0; i < N; i++)
        {
            converted.IsMissing(i).Should().Be(trial[i] == false);
            churnDate.IsMissing(i).Should().Be(churned[i] == false);
            signup[i]!.Value.Should().BeOnOrBefore(asOf.AddDays(-45)).And.BeOnOrAfter(asOf.AddYears(-8));
            if (churned[i] == true) churnDate[i]!.Value.Should().BeAfter(signup[i]!.Value.AddDays(30)).And.BeOnOrBefore(asOf);
        }
    }

    [Fact]
    public void Arr_and_employees_have_heavy_right_tails()
    {
        var arr = Numbers(CustomerColumns.Arr).Where(a => a > 0).Order().ToArray();
        var median = arr[arr.Length / 2];
        arr[(int)(arr.Length * 0.99)].Should().BeGreaterThan(20 * median);
        // The top 1 % of paying customers hold more than a tenth of all ARR.
        arr.TakeLast(arr.Length / 100).Sum().Should().BeGreaterThan(0.10 * arr.Sum());
        var employees = Numbers(CustomerColumns.Employees).Order().ToArray();
        employees[^1].Should().BeGreaterThan(100 * employees[employees.Length / 2]);
    }
}
