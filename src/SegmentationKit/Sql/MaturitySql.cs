using SegmentationKit.Data;
using SegmentationKit.Segmenters.MaturityPotential;

namespace SegmentationKit.Sql;

/// <summary>Maturity × potential in SQL: each axis score as <see cref="MaturityPotentialModel"/>
/// computes it (criteria clamped to 0–1, a missing criterion left out and the weights rescaled,
/// weighted sum and weight total accumulated in criterion order, so the doubles are the same), the
/// levels from the cut-offs (1 low, 2 medium, 3 high; none when no criterion is known), then the
/// coverage table, first matching row wins, the catch-all row last.</summary>
public sealed class MaturitySql : IModelSqlTranslator
{
    public bool CanTranslate(ISegmentationModel model) => model is MaturityPotentialModel;

    public string Query(ISegmentationModel model, SqlContext c)
    {
        var o = ((MaturityPotentialModel)model).Options;
        string Col(string name) => c.AsDouble(c.Id(name));
        string N(double v) => c.Number(v);
        string Clamp(string x) => $"CASE WHEN {x} < {N(0)} THEN {N(0)} WHEN {x} > {N(1)} THEN {N(1)} ELSE {x} END";

        var first = c.Id(CustomerColumns.FirstToolOfKind);
        var employees = Col(CustomerColumns.Employees);
        var available = Col(CustomerColumns.ModulesAvailable);
        var maturityParts = new[]
        {
            $"CASE WHEN {first} THEN {N(0)} WHEN NOT {first} THEN {N(1)} END",
            Clamp($"{Col(CustomerColumns.TeamSize)} / {N(o.TeamSizeForFullScore)}"),
            Clamp($"({Col(CustomerColumns.ModuleComplexity)} - {N(1)}) / {N(2)}"),
            Clamp(Col(CustomerColumns.FeatureAdoption)),
        };
        var potentialParts = new[]
        {
            $"CASE WHEN {employees} > {N(0)} THEN {N(1)} - ({Clamp($"{Col(CustomerColumns.Arr)} / {employees} / {N(o.ArrPerEmployeeForFullScore)}")}) END",
            $"CASE WHEN {employees} > {N(0)} THEN {N(1)} - ({Clamp($"{Col(CustomerColumns.Seats)} / {employees}")}) END",
            $"CASE WHEN {available} > {N(0)} THEN {N(1)} - ({Clamp($"{Col(CustomerColumns.ModulesSubscribed)} / {available}")}) END",
        };
        // The plan and industry columns are read only when a coverage row tests them, as in process.
        var rules = o.Coverage.Rules;
        var plan = rules.Any(r => r.Plans is not null) ? c.Id(o.PlanColumn) : $"CAST(NULL AS {SqlTypes.Text(c.Dialect)})";
        var industry = rules.Any(r => r.Industries is not null) ? c.Id(o.IndustryColumn) : $"CAST(NULL AS {SqlTypes.Text(c.Dialect)})";
        var scores = $"SELECT {c.CustomerId}, {plan} AS {c.Id("plan_value")}, {industry} AS {c.Id("industry_value")},\n" +
                     $"  {Weighted(maturityParts, o.MaturityWeights.ToArray(), c)} AS {c.Id("maturity_score")},\n" +
                     $"  {Weighted(potentialParts, o.PotentialWeights.ToArray(), c)} AS {c.Id("potential_score")}\n" +
                     $"FROM {c.Table(c.Tables.Customers)}";
        var levels = $"SELECT {c.CustomerId}, {c.Id("plan_value")}, {c.Id("industry_value")},\n" +
                     $"  {Level(c.Id("maturity_score"), o.MaturityCutoffs, c)} AS {c.Id("maturity_level")},\n" +
                     $"  {Level(c.Id("potential_score"), o.PotentialCutoffs, c)} AS {c.Id("potential_level")}\n" +
                     $"FROM (\n{scores}\n) AS {c.Id("scores")}";
        var text = SqlTypes.Text(c.Dialect);
        var whens = rules.Take(rules.Count - 1).Select(r =>
        {
            var tests = new List<string>();
            if (r.Plans is { } plans) tests.Add($"COALESCE(CAST({c.Id("plan_value")} AS {text}) IN ({string.Join(", ", plans.Select(c.Text))}), FALSE)");
            if (r.Industries is { } industries) tests.Add($"COALESCE(CAST({c.Id("industry_value")} AS {text}) IN ({string.Join(", ", industries.Select(c.Text))}), FALSE)");
            if (r.Maturity is { } m) tests.Add($"COALESCE({c.Id("maturity_level")} IN ({string.Join(", ", m.Select(l => (int)l))}), FALSE)");
            if (r.Potential is { } p) tests.Add($"COALESCE({c.Id("potential_level")} IN ({string.Join(", ", p.Select(l => (int)l))}), FALSE)");
            return $"    WHEN {string.Join(" AND ", tests)} THEN {c.Text(r.Id)}";
        });
        return $"SELECT {c.CustomerId},\n  CASE\n{string.Join("\n", whens)}\n    ELSE {c.Text(rules[^1].Id)}\n  END AS {c.Id("segment_id")}\nFROM (\n{levels}\n) AS {c.Id("levels")}";
    }

    /// <summary>Σ wₖ·partₖ / Σ wₖ over the known parts with a positive weight; NULL when none is known.
    /// Adding 0 for a missing part leaves the sums bit for bit as the kit's loop leaves them.</summary>
    private static string Weighted(string[] parts, double[] weights, SqlContext c)
    {
        var used = Enumerable.Range(0, parts.Length).Where(k => weights[k] > 0).ToList();
        if (used.Count == 0) return $"CAST(NULL AS {SqlTypes.Double(c.Dialect)})";
        var sum = string.Join(" + ", used.Select(k => $"COALESCE({c.Number(weights[k])} * ({parts[k]}), {c.Number(0)})"));
        var total = string.Join(" + ", used.Select(k => $"CASE WHEN ({parts[k]}) IS NULL THEN {c.Number(0)} ELSE {c.Number(weights[k])} END"));
        return $"CASE WHEN ({total}) > {c.Number(0)} THEN ({sum}) / ({total}) END";
    }

    private static string Level(string score, AxisCutoffs cutoffs, SqlContext c) =>
        $"CASE WHEN {score} < {c.Number(cutoffs.MediumFrom)} THEN 1 WHEN {score} < {c.Number(cutoffs.HighFrom)} THEN 2 WHEN {score} IS NOT NULL THEN 3 END";
}
