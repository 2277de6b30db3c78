using System.Text.Json;
using System.Text.Json.Serialization;
using SegmentationKit.Evaluation;

namespace SegmentationKit.Cli.NumericClustering;

/// <summary>choose-k.json: the options, one row of metrics per k (null where undefined or skipped),
/// the recommended k, each criterion's k, and the reasoning.</summary>
public sealed record ChooseKFile(
    int Rows,
    int Columns,
    string Scale,
    int KMin,
    int KMax,
    int Restarts,
    int StabilityResamples,
    int Seed,
    int SilhouetteSampleSize,
    IReadOnlyList<ChooseKFile.Row> Table,
    int RecommendedK,
    IReadOnlyDictionary<string, int> Votes,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Notes)
{
    public sealed record Row(int K, double Inertia, double? InertiaDrop, double? Silhouette, double? DaviesBouldin, double? CalinskiHarabasz,
        double? Bic, double? Stability, int SmallestCluster, int Iterations, bool Converged);

    public static readonly JsonSerializerOptions JsonOptions = new(SegmentationKit.SegmentationJson.Options)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static ChooseKFile From(KSweepResult r, string scale, IReadOnlyList<string> notes) => new(r.Rows, r.Columns, scale,
        r.Options.KMin, r.Options.KMax, r.Options.Restarts, r.Options.StabilityResamples, r.Options.Seed, r.Options.SilhouetteSampleSize,
        r.Table.Select(t => new Row(t.K, t.Inertia, N(t.InertiaDrop), N(t.Silhouette), N(t.DaviesBouldin), N(t.CalinskiHarabasz), N(t.Bic),
            N(t.Stability), t.SmallestCluster, t.Iterations, t.Converged)).ToList(),
        r.Recommendation.K, r.Recommendation.Votes, r.Recommendation.Reasons, notes);

    private static double? N(double v) => double.IsFinite(v) ? v : null;
}
