namespace SegmentationKit.Synthetic;

/// <summary>Draws one customer and its transactions from the customer's own random stream. The order
/// of the draws is part of the output format: changing it changes every file for every seed.</summary>
internal static class CustomerGenerator
{
    private const int MinimumAgeDays = 45;
    private const int MaximumAgeDays = 8 * 365;
    private const int TrialDays = 30;

    private static readonly double[] SegmentShares = PlantedSegment.All.Select(p => p.Share).ToArray();

    public static void Generate(long seed, int index, DateOnly asOf, ref SyntheticCustomer c, TransactionScratch transactions)
    {
        var rng = new SyntheticRandom(seed, index);
        var p = PlantedSegment.All[rng.Pick(SegmentShares)];
        c.Segment = p.Segment;

        c.Industry = rng.Pick(SyntheticCatalog.IndustryWeights);
        c.Country = rng.Pick(SyntheticCatalog.CountryWeights);
        c.Plan = rng.Pick(p.PlanWeights);

        // Size and use: weekly active users are lognormal within a segment; seats follow from them
        // and the share of seats in use. Employees add a Pareto tail (a few very large organisations
        // buy only a department's worth of seats). Active users and logins are 12-week exponentially
        // weighted averages and adoption a share, so all three are continuous: no pile of equal values
        // for a Gaussian mixture to fit a spurious zero-variance component to.
        var utilisation = rng.Beta(p.Utilisation, 40);
        var activeUsers = rng.LogNormal(p.ActiveUsersMedian, p.ActiveUsersSigma);
        var seats = Math.Max(1, (int)Math.Ceiling(activeUsers / utilisation));
        c.Seats = c.IsFree ? Math.Min(seats, SyntheticCatalog.FreemiumSeatLimit) : seats;
        c.WeeklyActiveUsersHundredths = (int)Math.Round(100 * Math.Min(activeUsers, c.Seats));
        c.LoginsPerWeekHundredths = c.WeeklyActiveUsersHundredths == 0 ? 0 : (int)Math.Round(100 * rng.LogNormal(p.LoginsPerUserMedian, 0.3));
        c.FeatureAdoptionThousandths = Math.Max(1, (int)Math.Round(1000 * rng.Beta(p.AdoptionMean, 60)));
        var seatShare = rng.Uniform(p.SeatShareOfEmployees.Min, p.SeatShareOfEmployees.Max);
        var employees = c.Seats / seatShare;
        if (rng.Chance(0.05)) employees *= Math.Min(rng.Pareto(1.3), 100);
        c.Employees = Math.Max(c.Seats, (int)Math.Ceiling(employees));
        c.TeamSize = Math.Clamp((int)Math.Round(c.Seats * rng.Uniform(0.6, 1.3)), 1, c.Employees);

        // Price: seats × list price with a volume discount, a plan platform fee that grows with the
        // organisation, and a negotiated spread. ARR is 12 × a whole-unit MRR so invoices add up exactly.
        if (c.IsFree)
        {
            c.Mrr = 0;
            c.AnnualBilling = false;
        }
        else
        {
            var discount = Math.Pow(c.Seats, -0.08);
            var seatRevenue = c.Seats * SyntheticCatalog.SeatPricePerMonth[c.Plan] * 12 * discount;
            var platform = SyntheticCatalog.PlatformFeePerYear[c.Plan] * Math.Max(1, Math.Pow(c.Employees / 500.0, 0.3));
            var arr = (seatRevenue + platform) * rng.LogNormal(1, 0.2);
            c.Mrr = Math.Max(1, (long)Math.Round(arr / 12));
            c.AnnualBilling = rng.Chance(SyntheticCatalog.AnnualBillingChance[c.Plan]);
        }

        c.ModulesAvailable = SyntheticCatalog.ModulesAvailable[c.Plan];
        var modules = 0;
        for (var m = 0; m < c.ModulesAvailable; m++) if (rng.Chance(p.ModuleTakeUp)) modules++;
        c.ModulesSubscribed = Math.Max(1, modules);
        c.ModuleComplexity = 1 + rng.Pick(SyntheticCatalog.ComplexityWeights[c.Plan]);
        c.FirstToolOfKind = rng.Chance(p.FirstToolChance);

        // Support and satisfaction over the last 12 months.
        c.SupportTickets = rng.NegativeBinomial(p.TicketsMean, 4);
        c.Nps = rng.Chance(p.NpsMissing) ? -1 : (int)Math.Clamp(Math.Round(rng.Normal(p.NpsMean, 1.7)), 0, 10);

        // Life cycle: signup, trial, start of paid invoicing, churn.
        var ageDays = MinimumAgeDays + (int)rng.Exponential(p.TenureMeanDays);
        if (ageDays > MaximumAgeDays) ageDays = MinimumAgeDays + ageDays % (MaximumAgeDays - MinimumAgeDays);
        c.SignupDate = asOf.AddDays(-ageDays);
        c.Trial = rng.Chance(p.TrialChance);
        c.SubscriptionStart = c.SignupDate;
        if (c.Trial)
        {
            var converted = !c.IsFree && rng.Chance(p.TrialConversion);
            c.TrialConverted = converted ? 1 : 0;
            if (!c.IsFree)
            {
                // A trial that did not convert at once lapsed and was bought later.
                var delay = converted ? 0 : rng.NextInt(1, Math.Min(240, ageDays - TrialDays - 1));
                c.SubscriptionStart = c.SignupDate.AddDays(TrialDays + delay);
            }
        }
        else
        {
            c.TrialConverted = -1;
        }
        var daysSubscribed = asOf.DayNumber - c.SubscriptionStart.DayNumber;
        c.Churned = daysSubscribed > 30 && rng.Chance(p.ChurnChance);
        c.ChurnDate = c.Churned ? c.SubscriptionStart.AddDays(31 + rng.NextInt(daysSubscribed - 30)) : default;

        // Needs survey: either unanswered as a whole or scored 1–5, with a few skipped questions.
        var surveyAnswered = !rng.Chance(p.SurveyMissing);
        for (var n = 0; n < NeedScores.Count; n++)
        {
            var score = Math.Clamp(Math.Round(rng.Normal(3 + p.NeedShift[n] + SyntheticCatalog.NeedShiftByIndustry[c.Industry][n], 0.9)), 1, 5);
            var skipped = rng.Chance(0.03);
            c.Needs[n] = (byte)(surveyAnswered && !skipped ? score : 0);
        }

        GenerateTransactions(ref rng, p, asOf, in c, transactions);
    }

    /// <summary>Recurring invoices (monthly MRR or annual ARR from the subscription start, while the
    /// customer is active) plus add-on orders: a gamma–Poisson count, so a few customers order a
    /// lot, each a lognormal share of ARR (or a small amount on the free plan).</summary>
    private static void GenerateTransactions(ref SyntheticRandom rng, PlantedSegment p, DateOnly asOf, in SyntheticCustomer c, TransactionScratch tx)
    {
        tx.Clear();
        var start = c.SubscriptionStart;
        // Invoices are issued up to the as-of date included; a churned customer gets none on or after the churn date.
        var lastDay = c.Churned ? c.ChurnDate.AddDays(-1) : asOf;
        if (!c.IsFree)
        {
            if (c.AnnualBilling)
            {
                var amount = c.Arr * 100;
                for (var k = 0; ; k++)
                {
                    var d = start.AddYears(k);
                    if (d > lastDay) break;
                    tx.Add(d, amount);
                }
            }
            else
            {
                var amount = c.Mrr * 100;
                for (var k = 0; ; k++)
                {
                    var d = start.AddMonths(k);
                    if (d > lastDay) break;
                    tx.Add(d, amount);
                }
            }
        }

        var span = lastDay.DayNumber - start.DayNumber + 1;
        var orders = rng.NegativeBinomial(p.AddOnsPerYear * span / 365.25, 0.6);
        for (var o = 0; o < orders; o++)
        {
            var date = start.AddDays(rng.NextInt(span));
            var amount = c.IsFree ? rng.LogNormal(49, 0.6) : Math.Max(50, c.Arr * rng.LogNormal(0.04, 0.5));
            tx.Add(date, (long)Math.Round(amount * 100));
        }
        tx.SortByDate();
    }
}
