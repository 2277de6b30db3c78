using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Configuration;

namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>Options of <see cref="MaturityPotentialSegmenter"/>: criterion weights, normalising
/// constants, low/medium/high cut-offs of each axis and the coverage table.</summary>
public sealed record MaturityPotentialOptions
{
    public MaturityWeights MaturityWeights { get; init; } = new();

    /// <summary>Team size (users) that earns the full team-size score. Default 20.</summary>
    public double TeamSizeForFullScore { get; init; } = 20;

    /// <summary>Default: thirds (1/3, 2/3).</summary>
    public AxisCutoffs MaturityCutoffs { get; init; } = AxisCutoffs.Thirds;

    public PotentialWeights PotentialWeights { get; init; } = new();

    /// <summary>ARR per employee, currency units per year, at which a customer has no headroom left
    /// on that criterion. Default 600 (about a premium seat per employee).</summary>
    public double ArrPerEmployeeForFullScore { get; init; } = 600;

    public AxisCutoffs PotentialCutoffs { get; init; } = AxisCutoffs.Thirds;

    public CoverageTable Coverage { get; init; } = CoverageTable.Default;

    public string PlanColumn { get; init; } = CustomerColumns.Plan;
    public string IndustryColumn { get; init; } = CustomerColumns.Industry;

    /// <summary>Checks the options; the message names the key as written in YAML.</summary>
    public void Validate(string? file = null)
    {
        Weights(MaturityWeights.ToArray(), "maturity.weights");
        Weights(PotentialWeights.ToArray(), "potential.weights");
        Positive(TeamSizeForFullScore, "maturity.team_size_for_full_score");
        Positive(ArrPerEmployeeForFullScore, "potential.arr_per_employee_for_full_score");
        Cutoffs(MaturityCutoffs, "maturity.cutoffs");
        Cutoffs(PotentialCutoffs, "potential.cutoffs");

        void Weights(double[] w, string key)
        {
            if (w.Any(x => !(x >= 0) || !double.IsFinite(x)))
                throw new ConfigurationException(file, key, "weights must be finite numbers ≥ 0", "write each weight as a number such as 1 or 0.5");
            if (!(w.Sum() > 0)) throw new ConfigurationException(file, key, "at least one weight must be above 0", "give the measures that count a weight above 0");
        }
        void Positive(double v, string key)
        {
            if (!(v > 0) || !double.IsFinite(v)) throw new ConfigurationException(file, key, $"must be a number above 0, not {v.ToString(CultureInfo.InvariantCulture)}", "give a positive number");
        }
        void Cutoffs(AxisCutoffs c, string key)
        {
            if (!(c.MediumFrom >= 0 && c.MediumFrom <= c.HighFrom && c.HighFrom <= 1))
                throw new ConfigurationException(file, key, $"cut-offs must satisfy 0 ≤ medium ({c.MediumFrom.ToString(CultureInfo.InvariantCulture)}) ≤ high ({c.HighFrom.ToString(CultureInfo.InvariantCulture)}) ≤ 1",
                    "write [0.33, 0.67]");
        }
    }

    /// <summary>Reads options from YAML:
    /// <code>
    /// maturity:
    ///   weights: { first_tool_of_kind: 1, team_size: 1, module_complexity: 2, feature_adoption: 2 }
    ///   team_size_for_full_score: 20
    ///   cutoffs: [0.33, 0.67]
    /// potential:
    ///   weights: { arr_per_employee: 1, seat_penetration: 1, module_penetration: 1 }
    ///   arr_per_employee_for_full_score: 600
    ///   cutoffs: [0.33, 0.67]
    /// coverage:            # see CoverageTable.FromConfig
    ///   - ...
    /// </code></summary>
    public static MaturityPotentialOptions FromConfig(ConfigNode root)
    {
        root.AllowOnly("maturity", "potential", "coverage");
        var o = new MaturityPotentialOptions();
        if (root.Optional("maturity") is { } m)
        {
            m.AllowOnly("weights", "team_size_for_full_score", "cutoffs");
            if (m.Optional("weights") is { } w)
            {
                w.AllowOnly("first_tool_of_kind", "team_size", "module_complexity", "feature_adoption");
                var d = new MaturityWeights();
                o = o with
                {
                    MaturityWeights = new MaturityWeights(
                        w.Optional("first_tool_of_kind")?.Number() ?? d.FirstToolOfKind, w.Optional("team_size")?.Number() ?? d.TeamSize,
                        w.Optional("module_complexity")?.Number() ?? d.ModuleComplexity, w.Optional("feature_adoption")?.Number() ?? d.FeatureAdoption),
                };
            }
            if (m.Optional("team_size_for_full_score") is { } t) o = o with { TeamSizeForFullScore = t.Number() };
            if (m.Optional("cutoffs") is { } c) o = o with { MaturityCutoffs = Cutoffs(c) };
        }
        if (root.Optional("potential") is { } p)
        {
            p.AllowOnly("weights", "arr_per_employee_for_full_score", "cutoffs");
            if (p.Optional("weights") is { } w)
            {
                w.AllowOnly("arr_per_employee", "seat_penetration", "module_penetration");
                var d = new PotentialWeights();
                o = o with
                {
                    PotentialWeights = new PotentialWeights(w.Optional("arr_per_employee")?.Number() ?? d.ArrPerEmployee,
                        w.Optional("seat_penetration")?.Number() ?? d.SeatPenetration, w.Optional("module_penetration")?.Number() ?? d.ModulePenetration),
                };
            }
            if (p.Optional("arr_per_employee_for_full_score") is { } a) o = o with { ArrPerEmployeeForFullScore = a.Number() };
            if (p.Optional("cutoffs") is { } c) o = o with { PotentialCutoffs = Cutoffs(c) };
        }
        if (root.Optional("coverage") is { } cov) o = o with { Coverage = CoverageTable.FromConfig(cov) };
        o.Validate(root.File);
        return o;
    }

    private static AxisCutoffs Cutoffs(ConfigNode node)
    {
        var v = node.Numbers();
        return v.Count == 2 ? new AxisCutoffs(v[0], v[1]) : throw node.Error("cut-offs are two numbers [medium_from, high_from]", "write them as [0.4, 0.7]");
    }
}
