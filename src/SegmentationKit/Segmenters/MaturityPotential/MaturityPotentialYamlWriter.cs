using System.Globalization;
using YamlDotNet.Serialization;

namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>Writes <see cref="MaturityPotentialOptions"/> as the YAML
/// <see cref="MaturityPotentialOptions.FromConfig"/> reads, so a model can be saved and read back.</summary>
public static class MaturityPotentialYamlWriter
{
    public static string Write(MaturityPotentialOptions o)
    {
        var mw = o.MaturityWeights;
        var pw = o.PotentialWeights;
        var doc = new Dictionary<string, object>
        {
            ["maturity"] = new Dictionary<string, object>
            {
                ["weights"] = new Dictionary<string, object>
                {
                    ["first_tool_of_kind"] = F(mw.FirstToolOfKind), ["team_size"] = F(mw.TeamSize),
                    ["module_complexity"] = F(mw.ModuleComplexity), ["feature_adoption"] = F(mw.FeatureAdoption),
                },
                ["team_size_for_full_score"] = F(o.TeamSizeForFullScore),
                ["cutoffs"] = new[] { F(o.MaturityCutoffs.MediumFrom), F(o.MaturityCutoffs.HighFrom) },
            },
            ["potential"] = new Dictionary<string, object>
            {
                ["weights"] = new Dictionary<string, object>
                {
                    ["arr_per_employee"] = F(pw.ArrPerEmployee), ["seat_penetration"] = F(pw.SeatPenetration), ["module_penetration"] = F(pw.ModulePenetration),
                },
                ["arr_per_employee_for_full_score"] = F(o.ArrPerEmployeeForFullScore),
                ["cutoffs"] = new[] { F(o.PotentialCutoffs.MediumFrom), F(o.PotentialCutoffs.HighFrom) },
            },
            ["coverage"] = new Dictionary<string, object> { ["name"] = o.Coverage.Name, ["rows"] = o.Coverage.Rules.Select(Row).ToList() },
        };
        return new SerializerBuilder().Build().Serialize(doc);
    }

    private static Dictionary<string, object> Row(CoverageRule r)
    {
        var row = new Dictionary<string, object> { ["id"] = r.Id, ["name"] = r.Name };
        var when = new Dictionary<string, object>();
        if (r.Plans is not null) when["plan"] = r.Plans.ToList();
        if (r.Industries is not null) when["industry"] = r.Industries.ToList();
        if (r.Maturity is not null) when["maturity"] = r.Maturity.Select(Level).ToList();
        if (r.Potential is not null) when["potential"] = r.Potential.Select(Level).ToList();
        if (when.Count > 0) row["when"] = when;
        row["touch"] = r.Recommendation.Touch.ToString().ToLowerInvariant();
        row["expertise"] = r.Recommendation.Expertise.ToString().ToLowerInvariant();
        row["csm_profile"] = SegmentIds.FromName(CoverageRecommendation.ProfileName(r.Recommendation.Profile));
        if (r.Recommendation.Actions.Count > 0) row["actions"] = r.Recommendation.Actions.ToList();
        return row;
    }

    private static string Level(AxisLevel l) => l.ToString().ToLowerInvariant();

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
