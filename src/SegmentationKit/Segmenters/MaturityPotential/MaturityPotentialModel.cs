using System.Globalization;
using SegmentationKit.Data;

namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>Scores and covers customers per <see cref="MaturityPotentialOptions"/>. A criterion
/// whose value is missing is left out and the other weights are rescaled; a customer with no
/// criterion at all on an axis has no level there (NaN score) and matches only coverage rows that
/// do not test that axis. Per-customer measures: maturity_score, potential_score (0–1),
/// maturity_level, potential_level (1 low, 2 medium, 3 high).</summary>
public sealed class MaturityPotentialModel : ISegmentationModel
{
    public MaturityPotentialModel(MaturityPotentialOptions options)
    {
        Options = options;
        Coverage = new CoveragePlan(options.Coverage.Rules.ToDictionary(r => r.Id, r => r.Recommendation));
    }

    public string Method => "maturity";
    public MaturityPotentialOptions Options { get; }

    /// <summary>The coverage recommendation of every segment, by segment id.</summary>
    public CoveragePlan Coverage { get; }

    internal void CheckColumns(CustomerTable table)
    {
        var mw = Options.MaturityWeights;
        var pw = Options.PotentialWeights;
        if (mw.FirstToolOfKind > 0) table.Boolean(CustomerColumns.FirstToolOfKind);
        if (mw.TeamSize > 0) table.Numeric(CustomerColumns.TeamSize);
        if (mw.ModuleComplexity > 0) table.Numeric(CustomerColumns.ModuleComplexity);
        if (mw.FeatureAdoption > 0) table.Numeric(CustomerColumns.FeatureAdoption);
        if (pw.ArrPerEmployee > 0) { table.Numeric(CustomerColumns.Arr); table.Numeric(CustomerColumns.Employees); }
        if (pw.SeatPenetration > 0) { table.Numeric(CustomerColumns.Seats); table.Numeric(CustomerColumns.Employees); }
        if (pw.ModulePenetration > 0) { table.Numeric(CustomerColumns.ModulesSubscribed); table.Numeric(CustomerColumns.ModulesAvailable); }
        if (Options.Coverage.Rules.Any(r => r.Plans is not null)) table.Categorical(Options.PlanColumn);
        if (Options.Coverage.Rules.Any(r => r.Industries is not null)) table.Categorical(Options.IndustryColumn);
    }

    /// <summary>Maturity score 0–1 of every customer (NaN when no criterion is known).</summary>
    public double[] MaturityScores(CustomerTable t)
    {
        var n = t.RowCount;
        var w = Options.MaturityWeights.ToArray();
        var first = w[0] > 0 ? t.Boolean(CustomerColumns.FirstToolOfKind) : null;
        var team = w[1] > 0 ? t.Numeric(CustomerColumns.TeamSize) : null;
        var complexity = w[2] > 0 ? t.Numeric(CustomerColumns.ModuleComplexity) : null;
        var adoption = w[3] > 0 ? t.Numeric(CustomerColumns.FeatureAdoption) : null;
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            var parts = new double[]
            {
                first?[i] is { } f ? (f ? 0 : 1) : double.NaN,
                team is null ? double.NaN : Clamp(team[i] / Options.TeamSizeForFullScore),
                complexity is null ? double.NaN : Clamp((complexity[i] - 1) / 2),
                adoption is null ? double.NaN : Clamp(adoption[i]),
            };
            scores[i] = Weighted(parts, w);
        }
        return scores;
    }

    /// <summary>Potential score 0–1 of every customer (NaN when no criterion is known).</summary>
    public double[] PotentialScores(CustomerTable t)
    {
        var n = t.RowCount;
        var w = Options.PotentialWeights.ToArray();
        var needEmployees = w[0] > 0 || w[1] > 0;
        var employees = needEmployees ? t.Numeric(CustomerColumns.Employees) : null;
        var arr = w[0] > 0 ? t.Numeric(CustomerColumns.Arr) : null;
        var seats = w[1] > 0 ? t.Numeric(CustomerColumns.Seats) : null;
        var subscribed = w[2] > 0 ? t.Numeric(CustomerColumns.ModulesSubscribed) : null;
        var available = w[2] > 0 ? t.Numeric(CustomerColumns.ModulesAvailable) : null;
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            var e = employees is null ? double.NaN : employees[i];
            var validE = e > 0;
            var parts = new double[]
            {
                arr is null || !validE ? double.NaN : 1 - Clamp(arr[i] / e / Options.ArrPerEmployeeForFullScore),
                seats is null || !validE ? double.NaN : 1 - Clamp(seats[i] / e),
                subscribed is null || !(available![i] > 0) ? double.NaN : 1 - Clamp(subscribed[i] / available[i]),
            };
            scores[i] = Weighted(parts, w);
        }
        return scores;
    }

    public Segmentation Assign(SegmentationData data)
    {
        var t = data.Customers;
        CheckColumns(t);
        var maturity = MaturityScores(t);
        var potential = PotentialScores(t);
        var plan = t.TryGetColumn(Options.PlanColumn, out var pc) ? pc as CategoricalColumn : null;
        var industry = t.TryGetColumn(Options.IndustryColumn, out var ic) ? ic as CategoricalColumn : null;
        var n = t.RowCount;
        var segments = new string[n];
        double[] mLevel = new double[n], pLevel = new double[n];
        for (var i = 0; i < n; i++)
        {
            var ml = Options.MaturityCutoffs.Level(maturity[i]);
            var pl = Options.PotentialCutoffs.Level(potential[i]);
            mLevel[i] = ml is { } a ? (int)a : double.NaN;
            pLevel[i] = pl is { } b ? (int)b : double.NaN;
            segments[i] = Options.Coverage.Rules[Options.Coverage.Match(plan?[i], industry?[i], ml, pl)].Id;
        }
        var catalog = Options.Coverage.Rules
            .Select(r => new SegmentDefinition(r.Id, r.Name, string.Join("; ", r.Recommendation.Actions), r.Definition()))
            .ToList();
        var parameters = Coverage.ToParameters();
        var mw = Options.MaturityWeights;
        var pw = Options.PotentialWeights;
        parameters["maturity_weights"] = $"first_tool_of_kind {F(mw.FirstToolOfKind)}, team_size {F(mw.TeamSize)}, module_complexity {F(mw.ModuleComplexity)}, feature_adoption {F(mw.FeatureAdoption)}";
        parameters["potential_weights"] = $"arr_per_employee {F(pw.ArrPerEmployee)}, seat_penetration {F(pw.SeatPenetration)}, module_penetration {F(pw.ModulePenetration)}";
        parameters["maturity_cutoffs"] = $"{F(Options.MaturityCutoffs.MediumFrom)}, {F(Options.MaturityCutoffs.HighFrom)}";
        parameters["potential_cutoffs"] = $"{F(Options.PotentialCutoffs.MediumFrom)}, {F(Options.PotentialCutoffs.HighFrom)}";
        parameters["team_size_for_full_score"] = F(Options.TeamSizeForFullScore);
        parameters["arr_per_employee_for_full_score"] = F(Options.ArrPerEmployeeForFullScore);
        parameters["coverage_table"] = Options.Coverage.Name;
        var measures = new Dictionary<string, double[]>
        {
            ["maturity_score"] = maturity,
            ["potential_score"] = potential,
            ["maturity_level"] = mLevel,
            ["potential_level"] = pLevel,
        };
        return new Segmentation(Method, parameters, data.AsOf, catalog, t.CustomerIds, segments, measures);
    }

    private static double Weighted(double[] parts, double[] weights)
    {
        double sum = 0, wsum = 0;
        for (var k = 0; k < parts.Length; k++)
        {
            if (weights[k] <= 0 || double.IsNaN(parts[k])) continue;
            sum += weights[k] * parts[k];
            wsum += weights[k];
        }
        return wsum > 0 ? sum / wsum : double.NaN;
    }

    private static double Clamp(double x) => double.IsNaN(x) ? double.NaN : Math.Clamp(x, 0, 1);

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The model as YAML (weights, cut-offs, coverage table); <see cref="FromYaml"/> reads it back.</summary>
    public string ToYaml() => MaturityPotentialYamlWriter.Write(Options);

    public static MaturityPotentialModel FromYaml(string yaml) =>
        new(MaturityPotentialOptions.FromConfig(Configuration.ConfigNode.Parse(yaml)));
}
