using SegmentationKit.Data;
using SegmentationKit.Segmenters;
using SegmentationKit.Segmenters.Clusters;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Sql.Tests;

/// <summary>The data-samples base and every compilable method fitted on it in process, as
/// <c>segkit segment</c> fits them (as-of = the last order date, seed 42).</summary>
public static class SampleRuns
{
    private static readonly Lazy<SegmentationData> Lazy = new(() =>
    {
        var customers = CustomerCsv.Load(RepoPaths.Combine("data-samples", "customers.csv"));
        var transactions = TransactionCsv.Load(RepoPaths.Combine("data-samples", "transactions.csv"), customers: customers);
        return new SegmentationData(customers, transactions, transactions.DateRange!.Value.Last);
    });

    public static SegmentationData Data => Lazy.Value;

    /// <summary>Rules with every kind of test: text values, numbers, a yes/no column, dates, not/any,
    /// and exhaustive bands.</summary>
    public const string RulesYaml = """
        rules:
          name: every test
          rules:
            - name: Large banks
              when:
                all:
                  - industry: Banking-Insurance
                  - employees: { min: 1000 }
            - name: Retail or food trials
              when:
                any:
                  - industry: [Retail, Food]
                  - trial: true
                not: { plan: Enterprise }
            - name: Signed in 2024
              when:
                signup_date: { from: 2024-01-01, to: 2024-12-31 }
            - name: Busy
              when: { logins_per_week: { above: 10.5, max: 30 } }
          bands:
            column: employees
            exhaustive: true
            segments:
              - { name: "1-49", below: 50 }
              - { name: "50-249", min: 50, below: 250 }
              - { name: "250-999", min: 250, below: 1000 }
              - { name: "1000+", min: 1000 }
          fallback: { id: other, name: Other }
        """;

    /// <summary>Uneven weights, a criterion switched off, other cut-offs and a coverage table that
    /// tests both axes and both text columns.</summary>
    public const string MaturityYaml = """
        maturity:
          maturity:
            weights: { first_tool_of_kind: 2, team_size: 0.5, module_complexity: 0, feature_adoption: 3 }
            team_size_for_full_score: 15
            cutoffs: [0.3, 0.7]
          potential:
            weights: { arr_per_employee: 1.5, seat_penetration: 1, module_penetration: 0.25 }
            arr_per_employee_for_full_score: 450
            cutoffs: [0.25, 0.6]
          coverage:
            - { name: Big bank, when: { industry: [Banking-Insurance], potential: [high] }, touch: high, expertise: business, csm_profile: senior_expert }
            - { name: Mature premium, when: { plan: [Premium, Enterprise], maturity: [medium, high] }, touch: mid, expertise: technical, csm_profile: consultant }
            - { name: Low low, when: { maturity: [low], potential: [low, medium] }, touch: low, expertise: product, csm_profile: growth }
            - { name: Everyone else, touch: mid, expertise: product, csm_profile: junior }
        """;

    /// <summary>Every threshold moved, so that each stage (reactivated and dormant by lapse included)
    /// holds customers of data-samples and no default is silently hard-coded in the SQL.</summary>
    public const string LifecycleYaml = """
        lifecycle:
          onboarding_days: 120
          adopting_days: 400
          adopting_max_feature_adoption: 0.45
          dormant_max_weekly_active_users: 2.5
          dormant_max_logins_per_week: 3
          at_risk_max_seat_usage: 0.3
          at_risk_max_nps: 5
          at_risk_revenue_drop: 0.05
          expanding_min_revenue_growth: 0.15
          expanding_min_seat_usage: 0.8
          lapse_grace_days: 20
          reactivated_within_days: 400
        """;

    public static IReadOnlyList<string> Methods { get; } = ["rules", "rfm", "rfm_window_mean", "value", "value_plan", "maturity", "maturity_weighted", "cross", "cross_merged", "kmeans", "kmeans_mixed", "gmm", "gmm_diagonal", "lifecycle", "lifecycle_tuned", "cross_lifecycle"];

    public static ISegmentationModel Fit(string method) => method switch
    {
        "rules" => Build("rules", RulesYaml),
        "rfm" => Build("rfm", null),
        "rfm_window_mean" => Build("rfm", "rfm: { window_days: 365, monetary: mean }"),
        "value" => Build("value", null),
        "value_plan" => Build("value", "value: { mode: plan, plan_column: plan, plan_levels: [Freemium, Access, Standard, Premium, Enterprise] }"),
        "maturity" => Build("maturity", null),
        "maturity_weighted" => Build("maturity", MaturityYaml),
        "cross" => Build("cross", null),
        "cross_merged" => Build("cross", "cross: { parts: [value, { column: region }, rfm], minimum_count: 40, policy: merge_into_nearest }"),
        "kmeans" => Cluster(ClusterAlgorithm.KMeans, null),
        "kmeans_mixed" => Cluster(ClusterAlgorithm.KMeans, "kmeans: { columns: [arr, seats, trial, industry, support_tickets], log1p: [arr, seats], missing: impute }"),
        "gmm" => Cluster(ClusterAlgorithm.GaussianMixture, null),
        "gmm_diagonal" => Cluster(ClusterAlgorithm.GaussianMixture, "gmm: { covariance: diagonal, log1p: [weekly_active_users], scale: robust }"),
        "lifecycle" => Build("lifecycle", null),
        "lifecycle_tuned" => Build("lifecycle", LifecycleYaml),
        "cross_lifecycle" => Build("cross", "cross: { parts: [lifecycle, value] }"),
        _ => throw new ArgumentException(method),
    };

    private static ISegmentationModel Build(string method, string? yaml) =>
        SegmenterConfig.Build(method, yaml is null ? null : ConfigNode.Parse(yaml)).Fit(Data);

    private static ISegmentationModel Cluster(ClusterAlgorithm algorithm, string? yaml)
    {
        var name = ClusterSegmenter.MethodName(algorithm);
        var section = yaml is null ? null : SegmenterConfig.Section(ConfigNode.Parse(yaml), name);
        return new ClusterSegmenter(ClusterConfig.Read(section, algorithm, 4, 42)).Fit(Data);
    }
}
