namespace SegmentationKit.Synthetic;

/// <summary>The behavioural segments the generator plants. <c>truth.csv</c> writes them with
/// <see cref="SyntheticBase.SegmentLabel"/> (snake_case, e.g. <c>power_users</c>).</summary>
public enum BehaviouralSegment
{
    /// <summary>Large Premium/Enterprise accounts using the product heavily: high logins and adoption,
    /// most seats active, a steady flow of support tickets and add-on orders. Rarely churn.</summary>
    PowerUsers,

    /// <summary>The biggest accounts by seats and ARR, but few seats active, little adoption and many
    /// tickets: the classic renewal risk. Churn the most of the paying segments; low NPS.</summary>
    AtRiskLargeAccounts,

    /// <summary>Small Access/Standard accounts with a few seats, light use and almost no tickets;
    /// monthly billing, churn above average.</summary>
    LowTouchSmallAccounts,

    /// <summary>Mid-size Standard/Premium accounts, recently signed, with moderate and rising use.</summary>
    GrowingMidMarket,

    /// <summary>Free-plan accounts with one to three seats that hardly log in; no recurring revenue.</summary>
    DormantFreemium,

    /// <summary>Small to mid-size teams that adopted almost every feature, log in often, need little
    /// support and recommend the product (highest NPS, lowest churn).</summary>
    AdoptionChampions,
}
