using System.Text.Json;
using SegmentationKit.Clustering;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Features;
using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Segmenters.Needs;

/// <summary>A fitted needs-based segmentation: the survey columns, the no-answer policy and the
/// imputation means, the fitted clustering and the named catalog. Every customer gets a segment and
/// the measure <c>needs_answered</c> (questions answered); with a Gaussian mixture also
/// <c>membership_probability</c> (NaN in the "No answer" segment). Serialisable with <see cref="ToJson"/>.</summary>
public sealed class NeedsSegmentationModel : ISegmentationModel
{
    private readonly IClusterAssigner _assigner;

    internal NeedsSegmentationModel(IReadOnlyList<string> columns, NoAnswerPolicy noAnswer, double[] answerMeans,
        IClusterAssigner assigner, IReadOnlyList<SegmentDefinition> segments, IReadOnlyDictionary<string, string> parameters)
    {
        Columns = columns.ToArray();
        NoAnswer = noAnswer;
        AnswerMeans = answerMeans;
        _assigner = assigner;
        Segments = segments.ToArray();
        Parameters = new SortedDictionary<string, string>(parameters.ToDictionary(), StringComparer.Ordinal);
    }

    public string Method => "needs";
    public IReadOnlyList<string> Columns { get; }
    public NoAnswerPolicy NoAnswer { get; }
    /// <summary>Mean answer of each need among those who answered it (the imputation value).</summary>
    public double[] AnswerMeans { get; }
    public IReadOnlyList<SegmentDefinition> Segments { get; }
    public IReadOnlyDictionary<string, string> Parameters { get; }
    public GaussianMixtureModel? Mixture => (_assigner as MixtureAssigner)?.Model;

    public Segmentation Assign(SegmentationData data)
    {
        var table = data.Customers;
        var (x, rows) = Respondents(table, Columns, NoAnswer, AnswerMeans);
        var labels = _assigner.Assign(x, null, out var probability);
        var segmentIds = Enumerable.Repeat(NeedsCatalog.NoAnswerId, table.RowCount).ToArray();
        var membership = Enumerable.Repeat(double.NaN, table.RowCount).ToArray();
        for (var r = 0; r < rows.Length; r++)
        {
            segmentIds[rows[r]] = Segments[labels[r]].Id;
            if (probability is not null) membership[rows[r]] = probability[r];
        }
        var answered = new double[table.RowCount];
        foreach (var c in Columns)
        {
            var col = table.Numeric(c);
            for (var i = 0; i < answered.Length; i++) if (!col.IsMissing(i)) answered[i]++;
        }
        var measures = new Dictionary<string, double[]> { ["needs_answered"] = answered };
        if (probability is not null) measures["membership_probability"] = membership;
        return new Segmentation(Method, Parameters, data.AsOf, Segments, table.CustomerIds, segmentIds, measures);
    }

    /// <summary>The score matrix of the customers who are clustered, and their row indices: those who
    /// answered every question, or everyone with blanks filled by <paramref name="means"/>.</summary>
    internal static (FeatureMatrix X, int[] Rows) Respondents(CustomerTable table, IReadOnlyList<string> columns, NoAnswerPolicy policy, double[] means)
    {
        var answers = columns.Select(table.Numeric).ToArray();
        var rows = Enumerable.Range(0, table.RowCount)
            .Where(i => policy == NoAnswerPolicy.Impute || answers.All(a => !a.IsMissing(i))).ToArray();
        var d = columns.Count;
        var values = new double[rows.Length * d];
        for (var r = 0; r < rows.Length; r++)
            for (var j = 0; j < d; j++)
            {
                var v = answers[j][rows[r]];
                values[r * d + j] = double.IsNaN(v) ? means[j] : v;
            }
        return (new FeatureMatrix(values, rows.Length, d, columns), rows);
    }

    public string ToJson() => JsonSerializer.Serialize(new Dto(Columns.ToArray(), NoAnswer.ToString(), AnswerMeans,
        _assigner is WardAssigner ? "ward" : "gmm", _assigner.ToJsonElement(), Segments.ToArray(),
        new SortedDictionary<string, string>(Parameters.ToDictionary(), StringComparer.Ordinal)), SegmentationJson.Options);

    public static NeedsSegmentationModel FromJson(string json)
    {
        var d = JsonSerializer.Deserialize<Dto>(json, SegmentationJson.Options) ?? throw new ModelException("empty needs segmentation JSON", "save the model again with the kit (ToJson)");
        IClusterAssigner assigner = d.Algorithm == "ward"
            ? new WardAssigner(WardModel.FromJson(d.Model.GetRawText()))
            : new MixtureAssigner(GaussianMixtureModel.FromJson(d.Model.GetRawText()));
        return new NeedsSegmentationModel(d.Columns, Enum.Parse<NoAnswerPolicy>(d.NoAnswer), d.AnswerMeans, assigner, d.Segments, d.Parameters);
    }

    private sealed record Dto(string[] Columns, string NoAnswer, double[] AnswerMeans, string Algorithm, JsonElement Model,
        SegmentDefinition[] Segments, SortedDictionary<string, string> Parameters);
}
