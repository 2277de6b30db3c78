using System.Globalization;
using SegmentationKit.Clustering;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Features;
using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Segmenters.Needs;

/// <summary>Needs-based segmentation: clusters customers on their needs-survey scores (the
/// <c>need_*</c> columns, 1–5) and names each segment by the needs its members rate furthest above
/// the average respondent ("Needs: reporting, integrations"). Customers who did not answer are never
/// dropped: they form the "No answer" segment, or have their blanks imputed, as
/// <see cref="NeedsSegmenterOptions.NoAnswer"/> says.</summary>
public sealed class NeedsSegmenter(NeedsSegmenterOptions? options = null) : ISegmenter<NeedsSegmentationModel>
{
    public NeedsSegmenterOptions Options { get; } = options ?? new NeedsSegmenterOptions();

    public NeedsSegmentationModel Fit(SegmentationData data)
    {
        var table = data.Customers;
        var columns = Options.Columns ?? table.Columns
            .Where(c => c.Kind == ColumnKind.Numeric && c.Name.StartsWith(CustomerColumns.NeedPrefix, StringComparison.Ordinal))
            .Select(c => c.Name).ToArray();
        if (columns.Count == 0)
            throw new DataValidationException(table.Source, 1, null, null, $"no needs-survey column (numeric, named {CustomerColumns.NeedPrefix}…) in the table",
                "add the survey answers as need_<name> columns, or name the columns to use");
        var answers = columns.Select(table.Numeric).ToArray();
        for (var j = 0; j < answers.Length; j++)
            for (var i = 0; i < table.RowCount; i++)
                if (double.IsInfinity(answers[j][i]))
                    throw new DataValidationException(table.Source, i + 2, columns[j], answers[j][i].ToString(CultureInfo.InvariantCulture),
                        $"infinite survey score for customer '{table.CustomerIds[i]}'", "give a score (1–5) or leave it empty");

        var means = new double[columns.Count];
        for (var j = 0; j < columns.Count; j++)
        {
            var present = answers[j].PresentValues();
            if (present.Length == 0)
                throw new DataValidationException(table.Source, null, columns[j], null, "nobody answered this need", "leave the column out");
            means[j] = present.Average();
        }
        var (x, rows) = NeedsSegmentationModel.Respondents(table, columns, Options.NoAnswer, means);
        if (x.Rows < Math.Max(2, Options.Clusters))
            throw new ModelException($"needs segmentation with {Options.Clusters} segments needs at least {Math.Max(2, Options.Clusters)} customers who answered the survey; " +
                                     $"{x.Rows} did{(Options.NoAnswer == NoAnswerPolicy.Segment ? " (answered every question)" : "")}",
                "lower the number of segments, or impute missing answers (no_answer: impute)");

        IClusterAssigner assigner;
        int[] labels;
        if (Options.Algorithm == ClusterAlgorithm.Ward)
        {
            var ward = new Ward(new WardOptions { Clusters = Options.Clusters }).Fit(x);
            (assigner, labels) = (new WardAssigner(ward), ward.Labels);
        }
        else
        {
            var gmm = new GaussianMixture(new GaussianMixtureOptions { Components = Options.Clusters, Restarts = Options.Restarts, Seed = Options.Seed }).Fit(x);
            (assigner, labels) = (new MixtureAssigner(gmm), gmm.Labels);
        }

        var respondentMeans = Enumerable.Range(0, x.Columns).Select(j => Enumerable.Range(0, x.Rows).Average(i => x[i, j])).ToArray();
        var noAnswer = table.RowCount - rows.Length;
        var answeredNone = Enumerable.Range(0, table.RowCount).Count(i => answers.All(a => double.IsNaN(a[i])));
        var catalog = NeedsCatalog.Build(columns, x, labels, Options.Clusters, respondentMeans, Options.TopNeeds, table.RowCount);
        if (Options.NoAnswer == NoAnswerPolicy.Segment)
            catalog.Add(NeedsCatalog.NoAnswerSegment(noAnswer, answeredNone, table.RowCount));

        var imputed = answers.Sum(a => a.MissingCount);
        var parameters = new Dictionary<string, string>
        {
            ["algorithm"] = ClusterSegmenter.MethodName(Options.Algorithm),
            ["clusters"] = Options.Clusters.ToString(CultureInfo.InvariantCulture),
            ["columns"] = string.Join(", ", columns),
            ["no_answer"] = Options.NoAnswer == NoAnswerPolicy.Segment
                ? "customers missing any answer form the 'No answer' segment"
                : "missing answers imputed with the mean answer of that need",
            ["respondents"] = rows.Length.ToString(CultureInfo.InvariantCulture),
            ["seed"] = Options.Seed.ToString(CultureInfo.InvariantCulture),
        };
        if (Options.NoAnswer == NoAnswerPolicy.Impute) parameters["answers_imputed"] = imputed.ToString(CultureInfo.InvariantCulture);
        foreach (var (key, value) in assigner.Results) parameters[key] = value;
        return new NeedsSegmentationModel(columns, Options.NoAnswer, means, assigner, catalog, parameters);
    }
}
