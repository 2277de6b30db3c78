namespace SegmentationKit.Data;

/// <summary>The standard column names of a SaaS customer base, as the generator writes them and as
/// models look for them by default. Every model lets the user name other columns instead.</summary>
public static class CustomerColumns
{
    public const string CustomerId = "customer_id";

    // Firmographics
    public const string Industry = "industry";
    public const string Country = "country";
    public const string Region = "region";
    public const string Employees = "employees";

    // Commercial
    public const string Plan = "plan";
    /// <summary>Annual recurring revenue, currency units per year.</summary>
    public const string Arr = "arr";
    /// <summary>Monthly recurring revenue, currency units per month (ARR / 12).</summary>
    public const string Mrr = "mrr";
    /// <summary>How the subscription is invoiced: <c>monthly</c> or <c>annual</c>; missing on the free plan.</summary>
    public const string BillingPeriod = "billing_period";
    public const string Seats = "seats";
    public const string ModulesSubscribed = "modules_subscribed";
    public const string ModulesAvailable = "modules_available";
    public const string SignupDate = "signup_date";

    // Behaviour
    /// <summary>Users active in a week (the generator writes a 12-week weighted average, so a decimal).</summary>
    public const string WeeklyActiveUsers = "weekly_active_users";
    /// <summary>Logins per active user per week.</summary>
    public const string LoginsPerWeek = "logins_per_week";
    /// <summary>Share 0–1 of the product's features the customer uses.</summary>
    public const string FeatureAdoption = "feature_adoption";
    /// <summary>Support tickets opened over the last 12 months.</summary>
    public const string SupportTickets = "support_tickets";
    /// <summary>Net Promoter answer 0–10; missing when the customer did not answer.</summary>
    public const string Nps = "nps";

    // Outcomes
    public const string Trial = "trial";
    public const string TrialConverted = "trial_converted";
    public const string Churned = "churned";
    public const string ChurnDate = "churn_date";

    // Maturity criteria
    public const string FirstToolOfKind = "first_tool_of_kind";
    public const string TeamSize = "team_size";
    /// <summary>Complexity of the modules chosen, 1 (basic) to 3 (advanced).</summary>
    public const string ModuleComplexity = "module_complexity";

    /// <summary>Prefix of the needs-survey columns (scores 1–5, missing when not answered).</summary>
    public const string NeedPrefix = "need_";

    /// <summary>The needs the survey asks about; the column of a need is <see cref="NeedPrefix"/> + name,
    /// e.g. <c>need_reporting</c>.</summary>
    public static readonly IReadOnlyList<string> SurveyNeeds =
        ["reporting", "automation", "integrations", "collaboration", "compliance", "analytics", "mobile_access"];

    /// <summary>The column name of a survey need, e.g. <c>Need("reporting")</c> is <c>need_reporting</c>.</summary>
    public static string Need(string need) => NeedPrefix + need;

    /// <summary>Plan levels from lowest to highest.</summary>
    public static readonly IReadOnlyList<string> PlanLevels = ["Freemium", "Access", "Standard", "Premium", "Enterprise"];

    public static readonly IReadOnlyList<string> Industries =
        ["Banking-Insurance", "Retail", "Food", "Media", "Services", "Industry", "Public"];

    private static readonly Dictionary<string, ColumnKind> Kinds = new(StringComparer.Ordinal)
    {
        [Industry] = ColumnKind.Categorical,
        [Country] = ColumnKind.Categorical,
        [Region] = ColumnKind.Categorical,
        [Employees] = ColumnKind.Numeric,
        [Plan] = ColumnKind.Categorical,
        [Arr] = ColumnKind.Numeric,
        [Mrr] = ColumnKind.Numeric,
        [BillingPeriod] = ColumnKind.Categorical,
        [Seats] = ColumnKind.Numeric,
        [ModulesSubscribed] = ColumnKind.Numeric,
        [ModulesAvailable] = ColumnKind.Numeric,
        [SignupDate] = ColumnKind.Date,
        [WeeklyActiveUsers] = ColumnKind.Numeric,
        [LoginsPerWeek] = ColumnKind.Numeric,
        [FeatureAdoption] = ColumnKind.Numeric,
        [SupportTickets] = ColumnKind.Numeric,
        [Nps] = ColumnKind.Numeric,
        [Trial] = ColumnKind.Boolean,
        [TrialConverted] = ColumnKind.Boolean,
        [Churned] = ColumnKind.Boolean,
        [ChurnDate] = ColumnKind.Date,
        [FirstToolOfKind] = ColumnKind.Boolean,
        [TeamSize] = ColumnKind.Numeric,
        [ModuleComplexity] = ColumnKind.Numeric,
    };

    /// <summary>The kind a standard column is read as (every <c>need_*</c> column is numeric), or
    /// null for a name that is not standard (its kind is then inferred from its values).
    /// <see cref="CustomerId"/> is not a column but the table's key, so it has no kind.</summary>
    public static ColumnKind? StandardKind(string name)
    {
        if (Kinds.TryGetValue(name, out var kind)) return kind;
        if (name.StartsWith(NeedPrefix, StringComparison.Ordinal) && name.Length > NeedPrefix.Length) return ColumnKind.Numeric;
        return null;
    }
}
