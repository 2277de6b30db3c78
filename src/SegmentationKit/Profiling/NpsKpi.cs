namespace SegmentationKit.Profiling;

/// <summary>Net Promoter answers (0–10) of a group: promoters answer 9–10, passives 7–8,
/// detractors 0–6. Shares are of the customers who answered.</summary>
/// <param name="MeanScore">Mean answer, 0–10.</param>
/// <param name="PromoterShare">Share 0–1 of answers that are 9 or 10.</param>
/// <param name="PassiveShare">Share 0–1 of answers that are 7 or 8.</param>
/// <param name="DetractorShare">Share 0–1 of answers from 0 to 6.</param>
/// <param name="NetPromoterScore">Promoter share minus detractor share, in points from −100 to 100.</param>
/// <param name="AnswerRate">Share 0–1 of the group's customers who answered.</param>
/// <param name="CustomerCount">Customers who answered (the figures rest on them).</param>
public sealed record NpsKpi(
    double MeanScore,
    double PromoterShare,
    double PassiveShare,
    double DetractorShare,
    double NetPromoterScore,
    double AnswerRate,
    int CustomerCount);
