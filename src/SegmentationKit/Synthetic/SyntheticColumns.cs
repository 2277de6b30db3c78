using SegmentationKit.Data;

namespace SegmentationKit.Synthetic;

/// <summary>Turns generated customers into the typed columns of a <see cref="CustomerTable"/>, holding
/// exactly the values customers.csv holds (scaled integers divide to the same doubles a parser reads).</summary>
internal static class SyntheticColumns
{
    public static IEnumerable<Column> Build(SyntheticCustomer[] c)
    {
        var regions = SyntheticCatalog.Countries.Select(x => x.Region).Distinct().ToArray();
        var regionOfCountry = SyntheticCatalog.Countries.Select(x => Array.IndexOf(regions, x.Region)).ToArray();

        yield return new CategoricalColumn(CustomerColumns.Industry, Map(c, x => x.Industry), CustomerColumns.Industries.ToArray());
        yield return new CategoricalColumn(CustomerColumns.Country, Map(c, x => x.Country), SyntheticCatalog.Countries.Select(x => x.Country).ToArray());
        yield return new CategoricalColumn(CustomerColumns.Region, Map(c, x => regionOfCountry[x.Country]), regions);
        yield return Numeric(CustomerColumns.Employees, c, x => x.Employees);
        yield return new CategoricalColumn(CustomerColumns.Plan, Map(c, x => x.Plan), CustomerColumns.PlanLevels.ToArray());
        yield return new CategoricalColumn(CustomerColumns.BillingPeriod, Map(c, x => x.IsFree ? -1 : x.AnnualBilling ? 1 : 0), ["monthly", "annual"]);
        yield return Numeric(CustomerColumns.Arr, c, x => x.Arr);
        yield return Numeric(CustomerColumns.Mrr, c, x => x.Mrr);
        yield return Numeric(CustomerColumns.Seats, c, x => x.Seats);
        yield return Numeric(CustomerColumns.ModulesSubscribed, c, x => x.ModulesSubscribed);
        yield return Numeric(CustomerColumns.ModulesAvailable, c, x => x.ModulesAvailable);
        yield return new DateColumn(CustomerColumns.SignupDate, c.Select(x => (DateOnly?)x.SignupDate).ToArray());
        yield return Numeric(CustomerColumns.WeeklyActiveUsers, c, x => x.WeeklyActiveUsersHundredths / 100.0);
        yield return Numeric(CustomerColumns.LoginsPerWeek, c, x => x.LoginsPerWeekHundredths / 100.0);
        yield return Numeric(CustomerColumns.FeatureAdoption, c, x => x.FeatureAdoptionThousandths / 1000.0);
        yield return Numeric(CustomerColumns.SupportTickets, c, x => x.SupportTickets);
        yield return Numeric(CustomerColumns.Nps, c, x => x.Nps < 0 ? double.NaN : x.Nps);
        yield return new BooleanColumn(CustomerColumns.Trial, c.Select(x => (bool?)x.Trial).ToArray());
        yield return new BooleanColumn(CustomerColumns.TrialConverted, c.Select(x => x.TrialConverted < 0 ? null : (bool?)(x.TrialConverted == 1)).ToArray());
        yield return new BooleanColumn(CustomerColumns.Churned, c.Select(x => (bool?)x.Churned).ToArray());
        yield return new DateColumn(CustomerColumns.ChurnDate, c.Select(x => x.Churned ? x.ChurnDate : (DateOnly?)null).ToArray());
        yield return new BooleanColumn(CustomerColumns.FirstToolOfKind, c.Select(x => (bool?)x.FirstToolOfKind).ToArray());
        yield return Numeric(CustomerColumns.TeamSize, c, x => x.TeamSize);
        yield return Numeric(CustomerColumns.ModuleComplexity, c, x => x.ModuleComplexity);
        for (var n = 0; n < CustomerColumns.SurveyNeeds.Count; n++)
        {
            var need = n;
            yield return Numeric(CustomerColumns.Need(CustomerColumns.SurveyNeeds[n]), c, x => x.Needs[need] == 0 ? double.NaN : x.Needs[need]);
        }
    }

    private static int[] Map(SyntheticCustomer[] customers, Func<SyntheticCustomer, int> code)
    {
        var codes = new int[customers.Length];
        for (var i = 0; i < codes.Length; i++) codes[i] = code(customers[i]);
        return codes;
    }

    private static NumericColumn Numeric(string name, SyntheticCustomer[] customers, Func<SyntheticCustomer, double> value)
    {
        var values = new double[customers.Length];
        for (var i = 0; i < values.Length; i++) values[i] = value(customers[i]);
        return new NumericColumn(name, values);
    }
}
