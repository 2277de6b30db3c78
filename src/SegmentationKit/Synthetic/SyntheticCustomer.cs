using System.Runtime.CompilerServices;

namespace SegmentationKit.Synthetic;

/// <summary>One generated customer, in compact form (codes, integers scaled to the decimals written)
/// so a chunk of them formats without allocating.</summary>
internal struct SyntheticCustomer
{
    public BehaviouralSegment Segment;
    /// <summary>Index into <see cref="Data.CustomerColumns.Industries"/>.</summary>
    public int Industry;
    /// <summary>Index into <see cref="SyntheticCatalog.Countries"/>.</summary>
    public int Country;
    public int Employees;
    /// <summary>Index into <see cref="Data.CustomerColumns.PlanLevels"/>.</summary>
    public int Plan;
    public bool AnnualBilling;
    /// <summary>Monthly recurring revenue, whole currency units; ARR is 12 × MRR.</summary>
    public long Mrr;
    public int Seats;
    public int ModulesSubscribed;
    public int ModulesAvailable;
    public DateOnly SignupDate;
    /// <summary>When paid invoicing started (after the trial, or later for a late conversion).</summary>
    public DateOnly SubscriptionStart;
    /// <summary>Weekly active users (12-week weighted average) × 100.</summary>
    public int WeeklyActiveUsersHundredths;
    /// <summary>Logins per active user per week × 100.</summary>
    public int LoginsPerWeekHundredths;
    public int FeatureAdoptionThousandths;
    public int SupportTickets;
    /// <summary>0–10, or -1 when not answered.</summary>
    public int Nps;
    public bool Trial;
    /// <summary>1 converted within the trial, 0 not, -1 no trial.</summary>
    public int TrialConverted;
    public bool Churned;
    public DateOnly ChurnDate;
    public bool FirstToolOfKind;
    public int TeamSize;
    public int ModuleComplexity;
    public NeedScores Needs;

    public readonly bool IsFree => Plan == 0;
    public readonly long Arr => 12 * Mrr;
}

/// <summary>Survey scores 1–5 per need (order of <see cref="Data.CustomerColumns.SurveyNeeds"/>), 0 when not answered.</summary>
[InlineArray(Count)]
internal struct NeedScores
{
    /// <summary>One per entry of <see cref="Data.CustomerColumns.SurveyNeeds"/> (checked by a test).</summary>
    public const int Count = 7;

    private byte _element0;
}
