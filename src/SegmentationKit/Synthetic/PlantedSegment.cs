namespace SegmentationKit.Synthetic;

/// <summary>The parameters that give one planted segment its profile. Medians and spreads are on the
/// scale a customer success team would quote them (seats, logins per user per week, tickets a year).</summary>
internal sealed record PlantedSegment
{
    public required BehaviouralSegment Segment { get; init; }
    /// <summary>Share 0–1 of the base.</summary>
    public required double Share { get; init; }
    /// <summary>Weights of Freemium, Access, Standard, Premium, Enterprise.</summary>
    public required double[] PlanWeights { get; init; }
    /// <summary>Median of the weekly active users; seats follow from it and the utilisation.</summary>
    public required double ActiveUsersMedian { get; init; }
    /// <summary>Spread of the weekly active users on the log scale.</summary>
    public required double ActiveUsersSigma { get; init; }
    /// <summary>Range of the share 0–1 of the employees holding a seat.</summary>
    public required (double Min, double Max) SeatShareOfEmployees { get; init; }
    /// <summary>Mean share 0–1 of the seats active in a week.</summary>
    public required double Utilisation { get; init; }
    public required double LoginsPerUserMedian { get; init; }
    public required double AdoptionMean { get; init; }
    /// <summary>Mean support tickets per 12 months.</summary>
    public required double TicketsMean { get; init; }
    /// <summary>Chance 0–1 that each available module is subscribed.</summary>
    public required double ModuleTakeUp { get; init; }
    public required double FirstToolChance { get; init; }
    /// <summary>Mean customer age in days beyond the 45-day minimum.</summary>
    public required double TenureMeanDays { get; init; }
    public required double TrialChance { get; init; }
    /// <summary>Chance 0–1 that a trial turned paid within the 30-day trial.</summary>
    public required double TrialConversion { get; init; }
    public required double ChurnChance { get; init; }
    public required double NpsMissing { get; init; }
    public required double NpsMean { get; init; }
    public required double SurveyMissing { get; init; }
    /// <summary>Mean add-on orders per year of subscription.</summary>
    public required double AddOnsPerYear { get; init; }
    /// <summary>Shift of each survey need's mean score (order of <see cref="Data.CustomerColumns.SurveyNeeds"/>).</summary>
    public required double[] NeedShift { get; init; }

    /// <summary>The six planted segments, in <see cref="BehaviouralSegment"/> order.</summary>
    public static IReadOnlyList<PlantedSegment> All { get; } =
    [
        new()
        {
            Segment = BehaviouralSegment.PowerUsers, Share = 0.12,
            PlanWeights = [0, 0, 0.05, 0.45, 0.50],
            ActiveUsersMedian = 110, ActiveUsersSigma = 0.45, SeatShareOfEmployees = (0.2, 0.6),
            Utilisation = 0.85, LoginsPerUserMedian = 18, AdoptionMean = 0.70, TicketsMean = 14,
            ModuleTakeUp = 0.8, FirstToolChance = 0.25, TenureMeanDays = 1100,
            TrialChance = 0.35, TrialConversion = 0.8, ChurnChance = 0.04,
            NpsMissing = 0.35, NpsMean = 8.3, SurveyMissing = 0.25, AddOnsPerYear = 2.5,
            NeedShift = [1.0, 0.8, 1.0, 0.6, 0.0, 0.9, 0.0],
        },
        new()
        {
            Segment = BehaviouralSegment.AtRiskLargeAccounts, Share = 0.08,
            PlanWeights = [0, 0, 0, 0.35, 0.65],
            ActiveUsersMedian = 39, ActiveUsersSigma = 0.45, SeatShareOfEmployees = (0.1, 0.5),
            Utilisation = 0.15, LoginsPerUserMedian = 1.5, AdoptionMean = 0.15, TicketsMean = 30,
            ModuleTakeUp = 0.45, FirstToolChance = 0.2, TenureMeanDays = 1300,
            TrialChance = 0.2, TrialConversion = 0.6, ChurnChance = 0.35,
            NpsMissing = 0.45, NpsMean = 4.0, SurveyMissing = 0.35, AddOnsPerYear = 0.8,
            NeedShift = [0.6, 0.3, 1.1, -0.2, 0.8, 0.4, -0.3],
        },
        new()
        {
            Segment = BehaviouralSegment.LowTouchSmallAccounts, Share = 0.28,
            PlanWeights = [0, 0.60, 0.35, 0.05, 0],
            ActiveUsersMedian = 2, ActiveUsersSigma = 0.45, SeatShareOfEmployees = (0.15, 0.8),
            Utilisation = 0.5, LoginsPerUserMedian = 3, AdoptionMean = 0.28, TicketsMean = 0.8,
            ModuleTakeUp = 0.35, FirstToolChance = 0.6, TenureMeanDays = 600,
            TrialChance = 0.6, TrialConversion = 0.5, ChurnChance = 0.15,
            NpsMissing = 0.6, NpsMean = 7.0, SurveyMissing = 0.45, AddOnsPerYear = 0.3,
            NeedShift = [0.2, -0.4, -0.8, -0.2, -0.5, -0.6, 0.4],
        },
        new()
        {
            Segment = BehaviouralSegment.GrowingMidMarket, Share = 0.20,
            PlanWeights = [0, 0, 0.45, 0.45, 0.10],
            ActiveUsersMedian = 21, ActiveUsersSigma = 0.45, SeatShareOfEmployees = (0.1, 0.5),
            Utilisation = 0.6, LoginsPerUserMedian = 7, AdoptionMean = 0.47, TicketsMean = 6,
            ModuleTakeUp = 0.55, FirstToolChance = 0.4, TenureMeanDays = 450,
            TrialChance = 0.55, TrialConversion = 0.7, ChurnChance = 0.05,
            NpsMissing = 0.5, NpsMean = 7.4, SurveyMissing = 0.35, AddOnsPerYear = 1.5,
            NeedShift = [0.5, 1.0, 0.5, 0.7, 0.0, 0.5, 0.3],
        },
        new()
        {
            Segment = BehaviouralSegment.DormantFreemium, Share = 0.20,
            PlanWeights = [1, 0, 0, 0, 0],
            ActiveUsersMedian = 0.16, ActiveUsersSigma = 0.5, SeatShareOfEmployees = (0.05, 0.6),
            Utilisation = 0.1, LoginsPerUserMedian = 0.4, AdoptionMean = 0.05, TicketsMean = 0.05,
            ModuleTakeUp = 0.5, FirstToolChance = 0.7, TenureMeanDays = 700,
            TrialChance = 0.7, TrialConversion = 0.0, ChurnChance = 0.25,
            NpsMissing = 0.85, NpsMean = 6.2, SurveyMissing = 0.7, AddOnsPerYear = 0.15,
            NeedShift = [-0.3, -0.5, -0.9, -0.4, -0.6, -0.7, 0.2],
        },
        new()
        {
            Segment = BehaviouralSegment.AdoptionChampions, Share = 0.12,
            PlanWeights = [0, 0.10, 0.50, 0.40, 0],
            ActiveUsersMedian = 12, ActiveUsersSigma = 0.45, SeatShareOfEmployees = (0.2, 0.8),
            Utilisation = 0.9, LoginsPerUserMedian = 10, AdoptionMean = 0.9, TicketsMean = 1.2,
            ModuleTakeUp = 0.85, FirstToolChance = 0.45, TenureMeanDays = 800,
            TrialChance = 0.65, TrialConversion = 0.85, ChurnChance = 0.02,
            NpsMissing = 0.3, NpsMean = 9.2, SurveyMissing = 0.2, AddOnsPerYear = 1.0,
            NeedShift = [0.8, 0.6, 0.3, 1.0, 0.0, 0.7, 0.5],
        },
    ];
}
